using System.Net;
using System.Net.Http.Json;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Jobs;
using Court.Host.Tests.Litigation.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Court.Host.Tests.Features.Auth;

/// <summary>
/// Issue 11 finding 11: a token issued before a lockout, and a cookie after sign-out, still worked. Each session now carries the
/// account's security stamp, checked on every request, and changing the password, the roles, disabling or signing out changes it.
/// </summary>
[Trait("Category", "Persistence")]
public sealed class RevokingSessions(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task A_token_stops_working_once_the_password_is_changed()
    {
        using var before = await app.ClientForAsync("mediator");

        using var changed = await before.PostAsJsonAsync("/api/me/password", new { currentPassword = CourtAppFactory.DemoPassword, newPassword = "Mediator-New-2026" });

        changed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await before.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var after = await app.ClientForAsync("mediator", "Mediator-New-2026");
        (await after.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_token_stops_working_once_the_admin_changes_the_roles()
    {
        using var before = await app.ClientForAsync("investor");
        using var admin = await app.ClientForAsync("admin");

        using var set = await admin.PutAsJsonAsync("/api/admin/users/investor/roles", new { roles = new[] { "Investor", "Creditor" } });

        set.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await before.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var after = await app.ClientForAsync("investor");
        (await after.GetStringAsync("/api/me")).ShouldContain("Creditor");
    }

    [Fact]
    public async Task A_token_stops_working_once_the_admin_disables_the_account_which_then_cannot_sign_in()
    {
        using var before = await app.ClientForAsync("bank");
        using var admin = await app.ClientForAsync("admin");

        using var disabled = await admin.PostAsync("/api/admin/users/bank/disabling", null);

        disabled.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await before.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var token = await app.CreateAnonymousClient().PostAsJsonAsync("/api/auth/token", new { userName = "bank", password = CourtAppFactory.DemoPassword });
        token.StatusCode.ShouldBe(HttpStatusCode.Locked);
        (await token.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("停用");
    }

    [Fact]
    public async Task Signing_out_through_the_api_revokes_the_token()
    {
        using var client = await app.ClientForAsync("assistant");

        using var signedOut = await client.PostAsync("/api/auth/sign-out", null);

        signedOut.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_cookie_copied_before_signing_out_no_longer_works_after()
    {
        var cookies = new System.Net.CookieContainer();
        using var browser = app.CreateDefaultClient(new CookieContainerHandler(cookies));
        var login = await browser.GetPageAsync("/Account/Login");
        (await browser.SubmitAsync(login.Forms[0], "/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = "liaison", ["Input.Password"] = CourtAppFactory.DemoPassword,
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var copy = app.CreateAnonymousClient();
        copy.DefaultRequestHeaders.Add("Cookie", cookies.GetCookieHeader(browser.BaseAddress!));
        (await copy.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var portal = await browser.GetPageAsync("/Portals/Bankruptcy");
        using var signedOut = await browser.SubmitAsync(portal.Forms.First(f => f.GetAttribute("action") == "/Account/Logout"), "/Account/Logout");

        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await copy.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
