using System.Text;

namespace Court.EDossier.Search;

/// <summary>Cuts the window of a page's text around the first match and marks every term inside it.</summary>
internal static class Snippets
{
    private const int Before = 30;
    private const int Length = 140;
    private const string Ellipsis = "…";

    public static SearchSnippet Build(string? pageText, IReadOnlyList<string> terms)
    {
        var text = CollapseWhitespace(pageText ?? "");
        var first = terms.Select(t => text.IndexOf(t, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, first - Before);
        var end = Math.Min(text.Length, start + Length);
        if (start > 0 && char.IsLowSurrogate(text[start])) start--;
        if (end < text.Length && char.IsLowSurrogate(text[end])) end++;

        var prefix = start > 0 ? Ellipsis : "";
        var window = prefix + text[start..end] + (end < text.Length ? Ellipsis : "");
        var ranges = new List<HighlightRange>();
        foreach (var term in terms)
        {
            for (var at = text.IndexOf(term, start, StringComparison.OrdinalIgnoreCase);
                 at >= 0 && at + term.Length <= end;
                 at = text.IndexOf(term, at + term.Length, StringComparison.OrdinalIgnoreCase))
                ranges.Add(new HighlightRange(at - start + prefix.Length, term.Length));
        }
        return new SearchSnippet(window, Merge(ranges));
    }

    private static List<HighlightRange> Merge(List<HighlightRange> ranges)
    {
        var merged = new List<HighlightRange>();
        foreach (var r in ranges.OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && r.Start <= merged[^1].Start + merged[^1].Length)
            {
                var last = merged[^1];
                merged[^1] = last with { Length = Math.Max(last.Start + last.Length, r.Start + r.Length) - last.Start };
            }
            else merged.Add(r);
        }
        return merged;
    }

    private static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
