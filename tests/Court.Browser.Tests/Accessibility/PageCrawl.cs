using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Court.Browser.Tests.Accessibility;

/// <summary>
/// The pages a signed-in person reaches by following links from where they land: same origin, GET pages only (no API, no PDFs, no
/// 送达 record links, which record an opening), each kind of page once (ids and hashes in the path count as one).
/// </summary>
internal static partial class PageCrawl
{
    public static async Task<IReadOnlyList<string>> VisitAsync(IPage page, IEnumerable<string> starts, int maxPages, Func<IPage, Task> check)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(starts);
        var visited = new List<string>();
        while (queue.Count > 0 && visited.Count < maxPages)
        {
            var path = queue.Dequeue();
            if (!seen.Add(KindOf(path))) continue;
            var response = await page.GotoAsync(path);
            if (response is null || !response.Ok || !(response.Headers.GetValueOrDefault("content-type") ?? "").StartsWith("text/html", StringComparison.Ordinal))
                continue;
            visited.Add(new Uri(page.Url).AbsolutePath);
            await check(page);
            var origin = new Uri(page.Url).GetLeftPart(UriPartial.Authority);
            var links = await page.EvalOnSelectorAllAsync<string[]>("header a[href], main a[href]", "as => as.map(a => a.href)");
            foreach (var link in links)
            {
                if (!link.StartsWith(origin, StringComparison.Ordinal)) continue;
                var local = new Uri(link).AbsolutePath;
                if (Skipped(local) || seen.Contains(KindOf(local))) continue;
                queue.Enqueue(local);
            }
        }
        return visited;
    }

    private static bool Skipped(string path) =>
        path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/service/", StringComparison.Ordinal)
        || path.StartsWith("/Account/Logout", StringComparison.Ordinal) || path.StartsWith("/openapi", StringComparison.Ordinal)
        || path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    private static string KindOf(string path) => Identifier().Replace(path, "{id}");

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{32,}|\\d+")]
    private static partial Regex Identifier();
}
