using Microsoft.Playwright;

namespace Court.Browser.Tests.Portals;

/// <summary>Issue 12 point 21 as the court admin sees it: accounts are managed on the users page; the audit log reads in Chinese.</summary>
public sealed class AdministeringTheCourt(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task The_admin_creates_an_account_and_reads_the_creation_in_chinese_in_the_audit_log()
    {
        var page = await host.NewPageAsync();
        await SignIn.AsAsync(page, "admin");

        var create = page.Locator("#create-user form");
        await create.GetByLabel("用户名").FillAsync("clerk.xu");
        await create.GetByLabel("姓名或单位名称").FillAsync("许立案");
        await create.GetByLabel("立案法官").CheckAsync();
        await create.GetByRole(AriaRole.Button, new() { Name = "创建账户并生成临时密码" }).ClickAsync();
        var password = await page.Locator("#temporary-password [data-password]").InnerTextAsync();
        await page.GotoAsync("/Admin/Audit");
        await page.Locator("#audit-filters select[name=kind]").SelectOptionAsync(new SelectOptionValue { Label = "创建用户" });
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        var row = await page.Locator("#audit-entries tbody tr").First.InnerTextAsync();

        password.Length.ShouldBe(12);
        row.ShouldContain("系统管理员");
        row.ShouldContain("创建用户");
        row.ShouldContain("clerk.xu");
        row.ShouldContain("立案法官");
        await page.Context.CloseAsync();
    }
}
