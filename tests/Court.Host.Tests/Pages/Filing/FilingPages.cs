using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Court.Host.Tests.Jobs;

namespace Court.Host.Tests.Pages.Filing;

/// <summary>Drives the online-filing pages as a browser without JavaScript would: read the form, change some fields, post it.</summary>
internal static class FilingPages
{
    public static string Step(Guid id, string step) => $"/Portals/Filing/{id}/{step}";

    public static async Task<Guid> StartOnThePageAsync(this HttpClient client, IReadOnlyDictionary<string, string>? fields = null)
    {
        using var response = await client.PostFormAsync("/Portals/Filing", "form[data-test=start]", fields ?? new Dictionary<string, string>());
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.OriginalString;
        location.ShouldEndWith("/Situation");
        return Guid.Parse(location.Split('/')[3]);
    }

    /// <summary>
    /// Opens <paramref name="path"/>, takes the form's current values (as a browser would send them), replaces those named in
    /// <paramref name="fields"/> (an empty value removes a field, like an unticked box) and posts to the form's action or to
    /// <paramref name="handler"/> (a button's formaction).
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, string formSelector,
        IReadOnlyDictionary<string, string> fields, string? handler = null)
    {
        var page = await client.GetPageAsync(path);
        return await client.PostFormAsync(page, path, formSelector, fields, handler);
    }

    /// <summary>Posts a form of a page already in hand (e.g. one answered by an earlier post).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, IHtmlDocument page, string path, string formSelector,
        IReadOnlyDictionary<string, string> fields, string? handler = null)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No {formSelector} on {path}.");
        var values = ValuesOf(form);
        foreach (var (name, value) in fields)
        {
            values.RemoveAll(v => v.Key == name);
            if (value.Length > 0) values.Add(new(name, value));
        }
        var action = handler is not null ? $"{path}?handler={handler}" : form.GetAttribute("action") is { Length: > 0 } a ? a : path;
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    public static async Task<IHtmlDocument> PageOfAsync(this HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"expected the page again, got {(int)response.StatusCode} {response.Headers.Location}");
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    public static async Task<IHtmlDocument> FollowAsync(this HttpClient client, HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return await client.GetPageAsync(response.Headers.Location!.OriginalString);
    }

    public static string? Value(this IHtmlDocument page, string name) =>
        (page.QuerySelector($"[name='{name}']") as IHtmlInputElement)?.Value;

    public static string? Checked(this IHtmlDocument page, string name) =>
        page.QuerySelectorAll<IHtmlInputElement>($"input[name='{name}']").FirstOrDefault(i => i.IsChecked)?.Value;

    private static List<KeyValuePair<string, string>> ValuesOf(IHtmlFormElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input, select, textarea"))
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name)) continue;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked) values.Add(new(name, box.Value));
                    break;
                case IHtmlInputElement { Type: "file" }:
                    break;
                case IHtmlInputElement input:
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    values.Add(new(name, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area:
                    values.Add(new(name, area.Value));
                    break;
            }
        }
        return values;
    }
}
