using Microsoft.Playwright;

namespace Court.Browser.Tests.Litigation;

/// <summary>The clerk's steps of 立案审查 on the real pages: open a filing from the queue, ask for a correction, accept.</summary>
internal static class ClerkReview
{
    /// <summary>From the review queue to the filing's page; answers the queue row's countdown and fee badge as the clerk saw them.</summary>
    public static async Task<(string Countdown, string Fee)> OpenFromTheQueueAsync(IPage page, Guid filingId, string reference)
    {
        await page.GotoAsync("/Portals/FilingReview");
        var row = page.Locator($"#review-queue tr[data-filing-id='{filingId}']");
        var seen = (await row.Locator(".countdown").InnerTextAsync(), await row.Locator("[data-fee-paid]").InnerTextAsync());
        await row.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await page.Locator("main h1", new() { HasText = reference }).WaitForAsync();
        return seen;
    }

    /// <summary>通知补正 with one item a line; the filing turns 待补正 and the page says until when.</summary>
    public static async Task RequestACorrectionAsync(IPage page, params string[] items) =>
        await RequestACorrectionByStepAsync(page, new Dictionary<string, string[]> { [""] = items });

    /// <summary>通知补正 with the items written under the step they concern (<c>Materials</c>, <c>Complaint</c> …; "" for the general box).</summary>
    public static async Task RequestACorrectionByStepAsync(IPage page, IReadOnlyDictionary<string, string[]> itemsByStep)
    {
        foreach (var (step, items) in itemsByStep)
        {
            var box = step.Length == 0 ? page.GetByLabel("需要补正的内容（每行一项）") : page.Locator($"#correct textarea[data-step={step}]");
            await box.FillAsync(string.Join("\n", items));
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "通知补正" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldMatch(@"已通知补正，补正期限至\d{4}年\d{1,2}月\d{1,2}日");
        (await page.Locator("[data-test=status]").InnerTextAsync()).ShouldBe("待补正");
    }

    /// <summary>受理 with the judge named; answers the case number shown (a 民初 number), after checking the query code looks as it should.</summary>
    public static async Task<string> AcceptAsync(IPage page, string judge)
    {
        await page.GetByLabel("承办法官（可选）").SelectOptionAsync(new SelectOptionValue { Label = judge });
        await page.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        (await page.Locator("#confirm-decision h2").InnerTextAsync()).ShouldBe("确认受理？");
        (await page.Locator("[data-test=case-number]").CountAsync()).ShouldBe(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "确认受理" }).ClickAsync();
        var caseNumber = await page.Locator("[data-test=case-number]").InnerTextAsync();
        caseNumber.ShouldMatch(@"^（\d{4}）闽\d{4}民初\d+号$");
        (await page.Locator("[data-test=query-code]").InnerTextAsync()).ShouldMatch(@"^\w{4}-\w{4}$");
        return caseNumber;
    }
}
