using System.Text;
using System.Net;
using System.Text.RegularExpressions;

namespace Court.Host.Notifications;

/// <summary>Paths on the court's own site inside message texts: checked before they are stored, turned into links when shown.</summary>
internal static partial class CourtPaths
{
    /// <summary>A path on this site: one leading slash (never <c>//host</c> or <c>/\host</c>), no scheme, no whitespace.</summary>
    public static bool IsLocal(string path, int maxLength) =>
        path.Length is > 0 && path.Length <= maxLength && path[0] == '/' && (path.Length == 1 || path[1] is not ('/' or '\\'))
        && !path.Any(char.IsWhiteSpace) && !path.Contains(':', StringComparison.Ordinal);

    [GeneratedRegex(@"/(?:service|Portals|Inbox)(?:/[A-Za-z0-9\-_]+)+")]
    private static partial Regex BarePath();

    /// <summary>The text HTML-encoded, with each bare court path in it (such as <c>/service/…</c>) made a link.</summary>
    public static string Linkify(string text)
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (Match m in BarePath().Matches(text))
        {
            html.Append(WebUtility.HtmlEncode(text[at..m.Index]));
            var path = WebUtility.HtmlEncode(m.Value);
            html.Append("<a href=\"").Append(path).Append("\">").Append(path).Append("</a>");
            at = m.Index + m.Length;
        }
        return html.Append(WebUtility.HtmlEncode(text[at..])).ToString();
    }
}
