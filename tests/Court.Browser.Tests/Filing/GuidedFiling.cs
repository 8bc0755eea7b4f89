using Court.Kernel.Identifiers;
using Microsoft.Playwright;

namespace Court.Browser.Tests.Filing;

/// <summary>
/// The litigant's steps of 网上立案 for a 民间借贷 case against the hotel, as a litigant takes them on the real pages; each step checks
/// what the page shows and that it fits the screen.
/// </summary>
internal static class GuidedFiling
{
    public const string Hotel = "厦门五缘湾酒店管理有限公司";
    public const string FactsAndReasons = "被告于2025年6月1日向原告借款200,000元，到期未还。";

    private static readonly string HotelCode = UnifiedSocialCreditCode.Create((RegistrationAuthority)'9', '1', "350206", "MA2Y0008").Value;

    /// <summary>From the litigation portal straight to the first step of a new filing (开始网上立案; 我的立案申请 is the list).</summary>
    public static async Task StartAsync(IPage page)
    {
        await page.GotoAsync("/Portals/Litigation");
        (await page.GetByRole(AriaRole.Link, new() { Name = "我的立案申请" }).GetAttributeAsync("href")).ShouldBe("/Portals/Filing");
        await page.GetByRole(AriaRole.Button, new() { Name = "开始网上立案" }).ClickAsync();
        await page.Locator("[data-test=interview]").WaitForAsync();
    }

    /// <summary>您的情况: an individual who lent money and wants it back, answered on one screen; the guide proposes 民间借贷纠纷.</summary>
    public static async Task AnswerTheInterviewAsync(IPage page)
    {
        await FitsTheScreenAsync(page);
        await page.GetByLabel("个人", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("借钱给别人，对方没有按约定还款").CheckAsync();
        // The question that follows from that answer appears on the same screen (filing.js), so one 下一步 answers all three.
        await page.GetByLabel("要求对方还钱或付款").CheckAsync();
        await NextAsync(page);
        (await page.Locator("[data-test=proposal]").InnerTextAsync()).ShouldContain("民间借贷纠纷");
        await NextAsync(page);
    }

    /// <summary>下一步 with nothing answered stays on 您的情况 and says, next to each question, that it needs an answer.</summary>
    public static async Task TryToGoOnWithNothingAnsweredAsync(IPage page)
    {
        await NextAsync(page);
        (await page.Locator("[data-test=problem]").InnerTextAsync()).ShouldContain("请先回答下面的问题");
        (await page.Locator("[data-question=who] [data-test=field-error]").InnerTextAsync()).ShouldContain("请选择");
        await FitsTheScreenAsync(page);
    }

    /// <summary>当事人: the litigant's own contact details, and the hotel filled in through the gov-data bridge from its credit code.</summary>
    public static async Task NameTheHotelAsDefendantAsync(IPage page)
    {
        await page.Locator("[data-test=steps] [aria-current=step]", new() { HasText = "当事人" }).WaitForAsync();
        var plaintiff = page.Locator("[data-row='0']");
        await plaintiff.Locator("input[name$='.Address']").FillAsync("厦门市思明区湖滨南路1号");
        await plaintiff.Locator("input[name$='.Phone']").FillAsync("13900000001");
        await plaintiff.Locator("input[type=checkbox][name$='.ConsentsToElectronicService']").CheckAsync();
        var defendant = page.Locator("[data-row='1']");
        await defendant.Locator("input[name$='.IdentifierNumber']").FillAsync(HotelCode);
        await defendant.GetByRole(AriaRole.Button, new() { Name = "按证件号自动填写" }).ClickAsync();
        (await page.Locator("[data-row='1'] [data-test=lookup-result]").InnerTextAsync()).ShouldContain("已按市场主体登记信息填写");
        (await page.Locator("[data-row='1'] input[name$='.Name']").InputValueAsync()).ShouldBe(Hotel);
        await FitsTheScreenAsync(page);
        await NextAsync(page);
    }

    /// <summary>管辖法院: the proposal cites 民事诉讼法第二十四条; the litigant takes the first court offered. Answers its code (e.g. 闽0206).</summary>
    public static async Task<string> ChooseTheCourtAsync(IPage page)
    {
        var jurisdiction = page.Locator("[data-test=jurisdiction]");
        (await jurisdiction.InnerTextAsync()).ShouldContain("民事诉讼法第二十四条");
        var court = jurisdiction.Locator("input[name=courtCode]").First;
        await court.CheckAsync();
        var code = await court.InputValueAsync();
        await FitsTheScreenAsync(page);
        await NextAsync(page);
        return code;
    }

    /// <summary>起诉要素 of a 200,000元 loan by bank transfer with an IOU and no guarantee.</summary>
    public static async Task FillTheComplaintAsync(IPage page)
    {
        await page.Locator("[data-test=complaint]").WaitForAsync();
        await page.Locator("[data-field=principal] input").FillAsync("200000");
        await page.Locator("[data-field=lentOn] input").FillAsync("2025-06-01");
        await page.Locator("[data-field=deliveryMethod] select").SelectOptionAsync("银行转账");
        await page.Locator("[data-field=hasWrittenProof]").GetByLabel("是").CheckAsync();
        await page.Locator("[data-field=guarantee] select").SelectOptionAsync("无担保");
        await page.Locator("[data-field=claims] textarea").FillAsync("判令被告偿还借款本金200,000元\n本案诉讼费用由被告承担");
        await page.Locator("[data-field=factsAndReasons] textarea").FillAsync(FactsAndReasons);
        await FitsTheScreenAsync(page);
        await NextAsync(page);
    }

    /// <summary>材料 without uploading anything.</summary>
    public static async Task PassTheMaterialsAsync(IPage page)
    {
        await page.Locator("[data-test=upload]").WaitForAsync();
        await FitsTheScreenAsync(page);
        await NextAsync(page);
    }

    /// <summary>费用与确认: the fee of a 200,000元 claim is 4,300元; 提交 (or 重新提交 after a correction) lands on the status page.</summary>
    public static async Task SeeTheFeeAndSubmitAsync(IPage page, string button = "提交")
    {
        (await page.Locator("[data-test=fee-amount]").InnerTextAsync()).ShouldContain("4,300");
        (await page.Locator("[data-test=summary]").InnerTextAsync()).ShouldContain(Hotel);
        (await page.Locator("[data-test=summary] [data-element=principal]").InnerTextAsync()).ShouldBe("200,000元");
        await FitsTheScreenAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await page.Locator("[data-test=status]").WaitForAsync();
    }

    /// <summary>去交费 on the status page, 确认支付 at the sandbox bank, and back on the status page with the fee paid.</summary>
    public static async Task PayAtTheSandboxBankAsync(IPage page)
    {
        (await page.Locator("[data-test=payment-status]").InnerTextAsync()).ShouldBe("待交费");
        await FitsTheScreenAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "去交费" }).ClickAsync();
        (await page.Locator("#amount").InnerTextAsync()).ShouldContain("4,300");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认支付" }).ClickAsync();

        await page.Locator("[data-test=status]").WaitForAsync();
        (await page.Locator("[data-test=payment-status]").InnerTextAsync()).ShouldBe("已交费");
        (await page.Locator("[data-test=status-name]").InnerTextAsync()).ShouldBe("待审查");
    }

    public static async Task NextAsync(IPage page, string button = "下一步")
    {
        await page.Locator(".step-buttons").GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>No horizontal scrolling at the page's width.</summary>
    public static async Task FitsTheScreenAsync(IPage page) =>
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue(page.Url);
}
