using System.Text.Json;
using Microsoft.Playwright;

namespace Court.Browser.Tests.Accessibility;

/// <summary>
/// axe-core (npm, <c>package-lock.json</c> beside the project; copied to the output as <c>axe/axe.min.js</c>) injected into a page and
/// run over the whole document. Answers the serious and critical violations, one readable line per rule and element.
/// </summary>
internal static class Axe
{
    private static readonly Lazy<string> Script = new(() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js")));

    private const string Run = """
        async () => {
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .flatMap(v => v.nodes.slice(0, 5).map(n => `${v.impact} ${v.id}: ${v.help} — ${n.target.join(' ')} — ${n.html.slice(0, 160)}`));
        }
        """;

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        if (await page.EvaluateAsync<bool>("() => typeof window.axe === 'undefined'"))
            await page.AddScriptTagAsync(new() { Content = Script.Value });
        var found = await page.EvaluateAsync<JsonElement>(Run);
        var path = new Uri(page.Url).PathAndQuery;
        return [.. found.EnumerateArray().Select(v => $"{path}: {v.GetString()}")];
    }
}
