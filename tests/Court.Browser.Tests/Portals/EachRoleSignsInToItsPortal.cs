using Microsoft.Playwright;

namespace Court.Browser.Tests.Portals;

public sealed class EachRoleSignsInToItsPortal(BrowserHost host) : IClassFixture<BrowserHost>
{
    public static TheoryData<string, string, string> Accounts => new()
    {
        { "litigant", "/Portals/Litigation", "诉讼服务" },
        { "lawyer", "/Portals/Litigation", "诉讼服务" },
        { "clerk", "/Portals/FilingReview", "立案审查" },
        { "judge", "/Portals/Judge", "法官工作台" },
        { "assistant", "/Portals/Judge", "法官工作台" },
        { "enforcement", "/Portals/Enforcement", "执行" },
        { "administrator", "/Portals/Bankruptcy", "破产协同" },
        { "creditor", "/Portals/Bankruptcy", "破产协同" },
        { "debtor", "/Portals/Bankruptcy", "破产协同" },
        { "investor", "/Portals/Bankruptcy", "破产协同" },
        { "bank", "/Portals/Bankruptcy", "破产协同" },
        { "liaison", "/Portals/Bankruptcy", "破产协同" },
        { "mediator", "/Portals/Mediation", "诉前调解" },
        { "admin", "/Admin", "管理" },
    };

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Demo_account_signs_in_and_lands_on_its_portal(string userName, string portalPath, string heading)
    {
        var page = await host.NewPageAsync();
        await SignIn.AsAsync(page, userName);

        new Uri(page.Url).AbsolutePath.ShouldBe(portalPath);
        (await page.Locator("main h1").First.InnerTextAsync()).ShouldBe(heading);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Lawyer_sees_only_the_cases_where_they_are_counsel()
    {
        var page = await host.NewPageAsync();
        await SignIn.AsAsync(page, "lawyer");

        var myCases = page.Locator("main .card", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "我的案件" }) });
        var rows = await myCases.Locator("table tbody tr").AllInnerTextsAsync();
        rows.Count.ShouldBe(2);
        rows.ShouldAllBe(r => r.Contains("诉讼代理人"));
        string.Join('\n', rows).ShouldNotContain("买卖合同纠纷");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Litigant_is_refused_the_admin_pages()
    {
        var page = await host.NewPageAsync();
        await SignIn.AsAsync(page, "litigant");

        await page.GotoAsync("/Admin");

        new Uri(page.Url).AbsolutePath.ShouldBe("/Account/AccessDenied");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_answered_in_chinese_on_the_sign_in_page()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名").FillAsync("judge");
        await page.GetByLabel("密码").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldBe("用户名或密码不正确。");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_portal_fits_a_phone_screen_without_sideways_scrolling()
    {
        var page = await host.NewPageAsync(width: 375, height: 740);
        await SignIn.AsAsync(page, "litigant");

        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        overflow.ShouldBeFalse();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var page = await host.NewPageAsync();
        await SignIn.AsAsync(page, "judge");

        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await page.GetByText("您已退出登录").WaitForAsync();
        await page.GotoAsync("/Portals/Judge");

        new Uri(page.Url).AbsolutePath.ShouldBe("/Account/Login");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_signed_in_user_reaches_their_messages_from_every_page()
    {
        var page = await host.NewPageAsync();
        await SignIn.AsAsync(page, "creditor");

        await page.GetByRole(AriaRole.Link, new() { Name = "我的消息" }).ClickAsync();

        new Uri(page.Url).AbsolutePath.ShouldBe("/Inbox");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("欢迎");
        await page.Context.CloseAsync();
    }
}
