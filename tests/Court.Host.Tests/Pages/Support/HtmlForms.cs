using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Court.Host.Tests.Pages.Support;

/// <summary>A page read and one of its forms posted as a browser would: its hidden fields (antiforgery token too), then what the test types.</summary>
internal static class HtmlForms
{
    public static async Task<IHtmlDocument> PageAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {html}");
        return await new HtmlParser().ParseDocumentAsync(html);
    }

    /// <summary>
    /// Posts the form matched by <paramref name="selector"/> (to its action, or to <paramref name="path"/>, the page it is on);
    /// answers the status and the page the server rendered back.
    /// </summary>
    public static async Task<(int Status, IHtmlDocument Page)> SubmitAsync(this HttpClient client, string path, IHtmlDocument page, string selector,
        IReadOnlyDictionary<string, string>? fields = null)
    {
        var form = page.QuerySelector(selector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form '{selector}' on the page.");
        var values = form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>()
            .GroupBy(i => i.Name!).ToDictionary(g => g.Key, g => g.First().Value);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>()) values[name] = value;
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : path;
        using var response = await client.PostAsync(action, new FormUrlEncodedContent(values));
        var html = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, await new HtmlParser().ParseDocumentAsync(html));
    }

    public static string Text(this IHtmlDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"Nothing matches '{selector}'.");
}
