using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Court.Browser.Tests.Accessibility;

/// <summary>
/// Issue 12 point 23: axe-core over every page each role reaches from its portal, the public pages and the filing steps —
/// no serious or critical violation anywhere. A failure lists every violation found, page by page.
/// </summary>
public sealed class EveryPortalPageIsAccessible(BrowserHost host, ITestOutputHelper output) : IClassFixture<BrowserHost>
{
    private const int PagesPerRole = 12;

    public static TheoryData<string> Roles => new()
    {
        "litigant", "lawyer", "clerk", "judge", "assistant", "enforcement", "mediator",
        "administrator", "creditor", "debtor", "investor", "bank", "liaison", "admin",
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_page_a_role_reaches_from_its_portal_has_no_serious_violation(string userName)
    {
        var page = await host.NewPageAsync(bypassCsp: true);
        await SignIn.AsAsync(page, userName);
        var violations = new List<string>();

        var visited = await PageCrawl.VisitAsync(page, [new Uri(page.Url).AbsolutePath, "/Portals/Search?q=借款"], PagesPerRole,
            async p => violations.AddRange(await Axe.SeriousViolationsAsync(p)));

        output.WriteLine($"{userName}: {string.Join(", ", visited)}");
        visited.Count.ShouldBeGreaterThan(1, "the crawl reached only the landing page");
        violations.ShouldBeEmpty($"{userName} visited {string.Join(", ", visited)}:\n{string.Join("\n", violations)}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/progress")]
    [InlineData("/verify")]
    [InlineData("/calculators")]
    [InlineData("/Account/Login")]
    [InlineData("/Account/RegisterLawyer")]
    public async Task A_public_page_has_no_serious_violation(string path)
    {
        var page = await host.NewPageAsync(bypassCsp: true);
        await page.GotoAsync(path);

        (await Axe.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_sign_in_refused_and_a_progress_query_refused_have_no_serious_violation()
    {
        var page = await host.NewPageAsync(bypassCsp: true);
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名").FillAsync("judge");
        await page.GetByLabel("密码").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.GetByRole(AriaRole.Alert).WaitForAsync();
        var violations = (await Axe.SeriousViolationsAsync(page)).ToList();

        await page.GotoAsync("/progress");
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        violations.AddRange(await Axe.SeriousViolationsAsync(page));

        violations.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_step_of_a_new_filing_has_no_serious_violation()
    {
        var page = await host.NewPageAsync(bypassCsp: true);
        await SignIn.AsAsync(page, "litigant");
        await page.GotoAsync("/Portals/Filing");
        await page.GetByRole(AriaRole.Button, new() { Name = "开始网上立案" }).ClickAsync();
        await page.Locator("[data-test=steps]").WaitForAsync();
        var violations = new List<string>();

        var visited = await PageCrawl.VisitAsync(page, [new Uri(page.Url).AbsolutePath], 12,
            async p => violations.AddRange(await Axe.SeriousViolationsAsync(p)));

        output.WriteLine(string.Join(", ", visited));
        visited.Count(v => v.StartsWith("/Portals/Filing/", StringComparison.Ordinal)).ShouldBeGreaterThan(3, string.Join(", ", visited));
        violations.ShouldBeEmpty(string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_check_reports_an_image_without_text_and_a_button_without_a_name()
    {
        var page = await host.NewPageAsync(bypassCsp: true);
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"zh-CN\"><head><title>t</title></head><body><main><img src=\"x.png\"><button></button></main></body></html>");

        var violations = await Axe.SeriousViolationsAsync(page);

        violations.ShouldContain(v => v.Contains("image-alt"));
        violations.ShouldContain(v => v.Contains("button-name"));
        await page.Context.CloseAsync();
    }
}
