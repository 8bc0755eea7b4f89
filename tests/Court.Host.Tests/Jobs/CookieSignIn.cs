using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Court.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Court.Host.Tests.Jobs;

/// <summary>Signs in through the login page as a browser would, for tests of Razor Pages and their forms.</summary>
internal static class CookieSignIn
{
    public static async Task<HttpClient> SignInAsync(this CourtAppFactory app, string userName)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetPageAsync("/Account/Login");
        using var response = await client.SubmitAsync(login.Forms[0], "/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = CourtAppFactory.DemoPassword,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {path}");
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Posts a form with its hidden fields (the antiforgery token among them) plus <paramref name="fields"/>,
    /// to its action or, without one, back to <paramref name="pagePath"/>.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlFormElement form, string pagePath,
        IReadOnlyDictionary<string, string>? fields = null)
    {
        var values = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>()) values[name] = value;
        var action = form.GetAttribute("action");
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(string.IsNullOrEmpty(action) ? pagePath : action, UriKind.Relative), content);
    }
}
