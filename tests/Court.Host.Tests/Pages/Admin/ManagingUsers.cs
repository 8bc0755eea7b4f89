using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Jobs;
using Court.Host.Tests.Litigation.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Court.Host.Tests.Pages.Admin;

/// <summary>Issue 12 point 21: the users page manages accounts; a temporary password is shown once and opens only 修改密码.</summary>
[Trait("Category", "Persistence")]
public sealed class ManagingUsers(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task The_admin_creates_a_judge_whose_temporary_password_is_shown_once_and_opens_only_the_password_change()
    {
        using var admin = await app.SignInAsync("admin");
        var page = await admin.GetPageAsync("/Admin");
        var form = page.QuerySelector<IHtmlFormElement>("#create-user form")!;

        using var created = await admin.SubmitAsync(form, "/Admin", new Dictionary<string, string>
        {
            ["userName"] = "judge.lin", ["displayName"] = "林法官", ["roles"] = "Judge",
        });
        var answer = await new HtmlParser().ParseDocumentAsync(await created.Content.ReadAsStringAsync());
        var password = answer.QuerySelector("#temporary-password [data-password]")!.TextContent;
        var again = await admin.GetPageAsync("/Admin");

        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        created.Headers.CacheControl!.NoStore.ShouldBeTrue();
        answer.QuerySelector("tr[data-user='judge.lin'] [data-label=角色]")!.TextContent.ShouldBe("法官");
        again.QuerySelector("#temporary-password").ShouldBeNull();
        again.Body!.TextContent.ShouldNotContain(password);

        using var judge = await SignInWithAsync("judge.lin", password);
        using var portal = await judge.GetAsync(new Uri("/Portals/Judge", UriKind.Relative));
        using var token = await app.CreateAnonymousClient().PostAsJsonAsync("/api/auth/token", new { userName = "judge.lin", password });
        portal.Headers.Location!.OriginalString.ShouldBe("/Account/ChangePassword");
        token.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var change = await judge.GetPageAsync("/Account/ChangePassword");
        change.QuerySelector("#temporary-password").ShouldNotBeNull();
        using var changed = await judge.SubmitAsync(change.QuerySelector<IHtmlFormElement>("form.stack")!, "/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = password, ["Input.NewPassword"] = "Lin-Judge-2026", ["Input.ConfirmPassword"] = "Lin-Judge-2026",
        });
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await judge.GetAsync(new Uri("/Portals/Judge", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_until_it_is_enabled_and_a_reset_password_must_be_changed()
    {
        using var admin = await app.ClientForAsync("admin");
        using var create = await admin.PostAsJsonAsync("/api/admin/users", new { userName = "assistant.he", displayName = "何助理", roles = new[] { "JudicialAssistant" } });
        create.StatusCode.ShouldBe(HttpStatusCode.Created);

        (await admin.PostAsync("/api/admin/users/assistant.he/disabling", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var reset = await admin.PostAsync("/api/admin/users/assistant.he/password-reset", null);
        var password = (await reset.JsonAsync()).GetProperty("temporaryPassword").GetString()!;
        var refused = await LoginPageAnswerAsync("assistant.he", password);
        (await admin.PostAsync("/api/admin/users/assistant.he/enabling", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var enabled = await SignInWithAsync("assistant.he", password);
        using var portal = await enabled.GetAsync(new Uri("/Portals/Judge", UriKind.Relative));

        refused.ShouldContain("该账户已停用");
        portal.Headers.Location!.OriginalString.ShouldBe("/Account/ChangePassword");
    }

    [Theory]
    [InlineData("admin", new[] { "Judge" }, "不能修改自己的角色")]
    [InlineData("clerk", new[] { "FilingClerk", "CourtAdmin" }, "系统管理员账户不能兼任其他角色")]
    [InlineData("litigant", new[] { "Lawyer" }, "律师角色由立案庭核验律师执业证后授予")]
    public async Task Roles_that_would_give_an_admin_case_access_or_skip_the_lawyer_check_are_refused(string userName, string[] roles, string detail)
    {
        using var admin = await app.ClientForAsync("admin");

        using var response = await admin.PutAsJsonAsync($"/api/admin/users/{userName}/roles", new { roles });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain(detail);
    }

    [Fact]
    public async Task A_mediator_needs_an_organisation_and_the_list_is_searched_by_name()
    {
        using var admin = await app.ClientForAsync("admin");
        using var browser = await app.SignInAsync("admin");

        using var without = await admin.PostAsJsonAsync("/api/admin/users", new { userName = "mediator.su", displayName = "苏雅琴", roles = new[] { "Mediator" } });
        using var with = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName = "mediator.su", displayName = "苏雅琴", roles = new[] { "Mediator" }, mediationOrganisationCode = "XM-MED-01",
        });
        var found = await browser.GetPageAsync("/Admin?q=%E8%8B%8F%E9%9B%85");

        without.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        with.StatusCode.ShouldBe(HttpStatusCode.Created);
        found.QuerySelectorAll("#users tbody tr").Select(r => r.GetAttribute("data-user")).ShouldBe(["mediator.su"]);
        found.QuerySelector("tr[data-user='mediator.su'] [data-label='姓名/名称']")!.TextContent.ShouldContain("鹭江民商事纠纷调解中心");
    }

    private async Task<HttpClient> SignInWithAsync(string userName, string password)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetPageAsync("/Account/Login");
        using var response = await client.SubmitAsync(login.Forms[0], "/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName, ["Input.Password"] = password,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private async Task<string> LoginPageAnswerAsync(string userName, string password)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetPageAsync("/Account/Login");
        using var response = await client.SubmitAsync(login.Forms[0], "/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName, ["Input.Password"] = password,
        });
        return await response.Content.ReadAsStringAsync();
    }
}
