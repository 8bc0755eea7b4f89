using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Court.Browser.Tests.Litigation;

/// <summary>立案审查 in the browser: the clerk sees a filing counting down, asks for a correction, and accepts the corrected filing.</summary>
public sealed class ReviewingAFiling(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task The_clerk_asks_for_a_correction_and_later_accepts_the_resubmitted_filing()
    {
        using var litigant = await FilingApi.SignedInAsync(host, "litigant");
        var filing = await new FilingApi(host, litigant).DraftAsync();
        await filing.SubmitAsync();
        await filing.PayAsync();
        var page = await host.NewPageAsync(width: 375, height: 740);
        await SignIn.AsAsync(page, "clerk");

        var row = page.Locator($"#review-queue tr[data-filing-id='{filing.Id}']");
        (await row.Locator(".countdown").InnerTextAsync()).ShouldMatch(@"^还剩\d+天$");
        (await row.Locator("[data-fee-paid]").InnerTextAsync()).ShouldBe("已交费");
        await row.GetByRole(AriaRole.Link, new() { Name = filing.Reference }).ClickAsync();
        await page.Locator("main h1", new() { HasText = filing.Reference }).WaitForAsync();
        await page.GetByLabel("需要补正的内容（每行一项）").FillAsync("请补充借条原件的照片\n请写明被告的现住址");
        await page.GetByRole(AriaRole.Button, new() { Name = "通知补正" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldMatch(@"已通知补正，补正期限至\d{4}年\d{1,2}月\d{1,2}日");
        (await page.Locator("[data-test=status]").InnerTextAsync()).ShouldBe("待补正");

        await filing.RefreshAsync();
        await filing.SaveAsync($"/api/filings/{filing.Id}", new { factsAndReasons = "被告于2025年6月1日向原告借款200,000元，有借条为证，到期未还。" });
        await filing.SubmitAsync();
        await page.GotoAsync("/Portals/FilingReview");
        await page.Locator($"#review-queue tr[data-filing-id='{filing.Id}']").GetByRole(AriaRole.Link, new() { Name = filing.Reference }).ClickAsync();
        await page.GetByLabel("承办法官（可选）").SelectOptionAsync(new SelectOptionValue { Label = "王审判" });
        await page.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();

        var caseNumber = await page.Locator("[data-test=case-number]").InnerTextAsync();
        caseNumber.ShouldMatch(@"^（\d{4}）闽0203民初\d+号$");
        (await page.Locator("[data-test=query-code]").InnerTextAsync()).ShouldMatch(@"^\w{4}-\w{4}$");
        var accepted = await litigant.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/filings/{filing.Id}");
        accepted.GetProperty("caseNumber").GetString().ShouldBe(caseNumber);
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        overflow.ShouldBeFalse();
        await page.Context.CloseAsync();
    }
}
