using System.Net.Http.Json;

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

        var (countdown, fee) = await ClerkReview.OpenFromTheQueueAsync(page, filing.Id, filing.Reference);
        countdown.ShouldMatch(@"^还剩\d+天$");
        fee.ShouldBe("已交费");
        await ClerkReview.RequestACorrectionAsync(page, "请补充借条原件的照片", "请写明被告的现住址");

        await filing.RefreshAsync();
        await filing.SaveAsync($"/api/filings/{filing.Id}", new { factsAndReasons = "被告于2025年6月1日向原告借款200,000元，有借条为证，到期未还。" });
        await filing.SubmitAsync();
        await ClerkReview.OpenFromTheQueueAsync(page, filing.Id, filing.Reference);
        var caseNumber = await ClerkReview.AcceptAsync(page, "王审判");
        caseNumber.ShouldContain("闽0203民初");

        var accepted = await litigant.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/filings/{filing.Id}");
        accepted.GetProperty("caseNumber").GetString().ShouldBe(caseNumber);
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        overflow.ShouldBeFalse();
        await page.Context.CloseAsync();
    }
}
