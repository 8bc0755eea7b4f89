using Court.Kernel.Identifiers;
using Microsoft.Playwright;

namespace Court.Browser.Tests.Filing;

/// <summary>
/// 网上立案 on a phone: the litigant files a 民间借贷 case through the guided interview, the hotel is filled in from its credit code,
/// the fee is shown and paid at the sandbox bank, and the filing waits for review with the fee paid.
/// </summary>
public sealed class FilingALoanCase(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static readonly string HotelCode = UnifiedSocialCreditCode.Create((RegistrationAuthority)'9', '1', "350206", "MA2Y0008").Value;

    [Fact]
    public async Task A_litigant_files_a_private_lending_case_against_the_hotel_and_pays_the_fee_on_a_phone()
    {
        var page = await host.NewPageAsync(width: 390, height: 844);
        await SignIn.AsAsync(page, "litigant");

        await page.GotoAsync("/Portals/Litigation");
        await page.GetByRole(AriaRole.Link, new() { Name = "我的立案申请" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "开始网上立案" }).ClickAsync();

        // 您的情况
        await FitsTheScreenAsync(page);
        await page.GetByLabel("个人", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("借钱给别人，对方没有按约定还款").CheckAsync();
        await NextAsync(page);
        await page.GetByLabel("要求对方还钱或付款").CheckAsync();
        await NextAsync(page);
        (await page.Locator("[data-test=proposal]").InnerTextAsync()).ShouldContain("民间借贷纠纷");
        await NextAsync(page);

        // 当事人
        await page.Locator("[data-test=steps] [aria-current=step]", new() { HasText = "当事人" }).WaitForAsync();
        var plaintiff = page.Locator("[data-row='0']");
        await plaintiff.Locator("input[name$='.Address']").FillAsync("厦门市思明区湖滨南路1号");
        await plaintiff.Locator("input[name$='.Phone']").FillAsync("13900000001");
        await plaintiff.Locator("input[type=checkbox][name$='.ConsentsToElectronicService']").CheckAsync();
        var defendant = page.Locator("[data-row='1']");
        await defendant.Locator("input[name$='.IdentifierNumber']").FillAsync(HotelCode);
        await defendant.GetByRole(AriaRole.Button, new() { Name = "按证件号自动填写" }).ClickAsync();
        (await page.Locator("[data-row='1'] [data-test=lookup-result]").InnerTextAsync()).ShouldContain("已按市场主体登记信息填写");
        (await page.Locator("[data-row='1'] input[name$='.Name']").InputValueAsync()).ShouldBe("厦门五缘湾酒店管理有限公司");
        await FitsTheScreenAsync(page);
        await NextAsync(page);

        // 管辖法院
        var jurisdiction = page.Locator("[data-test=jurisdiction]");
        (await jurisdiction.InnerTextAsync()).ShouldContain("民事诉讼法第二十四条");
        await jurisdiction.Locator("input[name=courtCode]").First.CheckAsync();
        await FitsTheScreenAsync(page);
        await NextAsync(page);

        // 起诉要素
        await page.Locator("[data-test=complaint]").WaitForAsync();
        await page.Locator("[data-field=principal] input").FillAsync("200000");
        await page.Locator("[data-field=lentOn] input").FillAsync("2025-06-01");
        await page.Locator("[data-field=deliveryMethod] select").SelectOptionAsync("银行转账");
        await page.Locator("[data-field=hasWrittenProof]").GetByLabel("是").CheckAsync();
        await page.Locator("[data-field=guarantee] select").SelectOptionAsync("无担保");
        await page.Locator("[data-field=claims] textarea").FillAsync("判令被告偿还借款本金200,000元\n本案诉讼费用由被告承担");
        await page.Locator("[data-field=factsAndReasons] textarea").FillAsync("被告于2025年6月1日向原告借款200,000元，到期未还。");
        await FitsTheScreenAsync(page);
        await NextAsync(page);

        // 材料
        await page.Locator("[data-test=upload]").WaitForAsync();
        await FitsTheScreenAsync(page);
        await NextAsync(page);

        // 费用与确认
        (await page.Locator("[data-test=fee-amount]").InnerTextAsync()).ShouldContain("4,300");
        (await page.Locator("[data-test=summary]").InnerTextAsync()).ShouldContain("厦门五缘湾酒店管理有限公司");
        await FitsTheScreenAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();

        // 状态 → 模拟银行 → 状态
        (await page.Locator("[data-test=payment-status]").InnerTextAsync()).ShouldBe("待交费");
        await FitsTheScreenAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "去交费" }).ClickAsync();
        (await page.Locator("#amount").InnerTextAsync()).ShouldContain("4,300");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认支付" }).ClickAsync();

        await page.Locator("[data-test=status]").WaitForAsync();
        (await page.Locator("[data-test=payment-status]").InnerTextAsync()).ShouldBe("已交费");
        (await page.Locator("[data-test=status-name]").InnerTextAsync()).ShouldBe("待审查");
        await page.Context.CloseAsync();
    }

    private static async Task NextAsync(IPage page)
    {
        await page.Locator(".step-buttons").GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>No horizontal scrolling at the phone's width.</summary>
    private static async Task FitsTheScreenAsync(IPage page) =>
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue(page.Url);
}
