using System.Net;
using Court.Host.Persistence;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Support;
using Court.Host.Tests.Pages.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Pages.Portals.FilingReview;

/// <summary>立案审查 in the portal: the queue counts down, the filing is shown in full, and each decision goes through the API's handler.</summary>
[Trait("Category", "Persistence")]
public sealed class ReviewingOnThePortal(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task The_queue_counts_the_seven_days_down_shows_the_fee_unpaid_and_highlights_an_overdue_filing()
    {
        var (journey, clerk) = await SubmittedAsync(mediation: true);
        var overdue = (await SubmittedAsync()).Journey;
        await SetReviewDueAsync(overdue.Id, -1);

        var page = await clerk.PageAsync("/Portals/FilingReview");

        var row = page.QuerySelector($"#review-queue tr[data-filing-id='{journey.Id}']")!;
        row.QuerySelector(".countdown")!.TextContent.ShouldMatch(@"^还剩\d+天$");
        row.QuerySelector("[data-fee-paid]")!.TextContent.ShouldBe("未交费");
        row.TextContent.ShouldContain("同意调解");
        row.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/Portals/FilingReview/{journey.Id}");
        var late = page.QuerySelector($"#review-queue tr[data-filing-id='{overdue.Id}']")!;
        late.ClassList.ShouldContain("overdue");
        late.QuerySelector(".countdown")!.TextContent.ShouldBe("已超期1天");
        page.QuerySelectorAll("#review-queue tbody tr")[0].GetAttribute("data-filing-id").ShouldBe(overdue.Id.ToString());
    }

    [Fact]
    public async Task The_filing_page_shows_parties_elements_claims_and_materials_with_links_to_the_documents()
    {
        var (journey, clerk) = await SubmittedAsync();

        var page = await clerk.PageAsync($"/Portals/FilingReview/{journey.Id}");

        page.Text("#parties").ShouldContain(FilingClient.BorrowerName);
        page.QuerySelectorAll("#parties [data-verification]").Length.ShouldBe(2);
        page.Text("#elements").ShouldContain("借款本金");
        page.QuerySelectorAll("[data-test=claims] li").Select(li => li.TextContent).ShouldBe(["判令被告偿还借款本金200,000元", "本案诉讼费用由被告承担"]);
        page.Text("#fee").ShouldContain("¥4,300.00");
        page.Text("[data-test=payment]").ShouldBe("待交费");
        var link = page.QuerySelectorAll("#materials a").Select(a => a.GetAttribute("href")!).First(h => h.StartsWith($"/Portals/Filings/{journey.Id}/Read/"));
        var reader = await clerk.PageAsync(link);
        var pdf = reader.QuerySelector(".pdf-reader")!.GetAttribute("data-pdf")!;
        pdf.ShouldStartWith($"/api/filings/{journey.Id}/documents/");
        (await clerk.GetAsync(pdf)).StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Text("#correct").ShouldContain("期限默认15日");
    }

    [Fact]
    public async Task Accepting_an_unpaid_filing_shows_the_handlers_reason_and_once_paid_shows_the_case_number_and_query_code()
    {
        var (journey, clerk) = await SubmittedAsync();
        var path = $"/Portals/FilingReview/{journey.Id}";

        var (_, asked) = await clerk.SubmitAsync(path, await clerk.PageAsync(path), "#accept form");
        var (refused, refusedPage) = await clerk.SubmitAsync(path, asked, "#confirm-decision form");
        await journey.PayAsync();
        var form = await clerk.PageAsync(path);
        var judge = form.QuerySelectorAll("#accept select option").Single(o => o.TextContent == "王审判").GetAttribute("value")!;
        var (_, confirm) = await clerk.SubmitAsync(path, form, "#accept form", new Dictionary<string, string> { ["JudgeId"] = judge });
        var (status, accepted) = await clerk.SubmitAsync(path, confirm, "#confirm-decision form");

        asked.Text("#confirm-decision h2").ShouldBe("确认受理？");
        asked.QuerySelector("#accept form").ShouldBeNull();
        refused.ShouldBe(409);
        refusedPage.Text("#accept [role=alert]").ShouldContain("尚未交纳案件受理费");
        status.ShouldBe(200);
        var filing = await journey.FilingAsync();
        accepted.Text("[data-test=case-number]").ShouldBe(filing.GetProperty("caseNumber").GetString());
        accepted.Text("[data-test=query-code]").Replace("-", "").Length.ShouldBe(8);
        accepted.QuerySelector("#accept form").ShouldBeNull();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        var caseId = filing.GetProperty("caseId").GetGuid();
        (await db.CaseParticipants.AnyAsync(p => p.CaseId == caseId && p.UserId == Guid.Parse(judge))).ShouldBeTrue();
    }

    [Fact]
    public async Task A_correction_takes_one_item_a_line_and_shows_the_deadline_it_computed()
    {
        var (journey, clerk) = await SubmittedAsync();
        var path = $"/Portals/FilingReview/{journey.Id}";

        var (empty, emptyPage) = await clerk.SubmitAsync(path, await clerk.PageAsync(path), "#correct form",
            new Dictionary<string, string> { ["CorrectionItems"] = " \n " });
        var (status, page) = await clerk.SubmitAsync(path, await clerk.PageAsync(path), "#correct form", new Dictionary<string, string>
        {
            ["CorrectionItems"] = "请补充借条原件的照片\r\n请写明被告的现住址", ["CorrectionDays"] = "10",
        });

        empty.ShouldBe(400);
        emptyPage.Text("#correct [role=alert]").ShouldContain("请逐项写明需要补正的内容");
        status.ShouldBe(200);
        var filing = await journey.FilingAsync();
        filing.GetProperty("status").GetString().ShouldBe("CorrectionRequested");
        filing.GetProperty("correctionItems").EnumerateArray().Select(i => i.GetString()).ShouldBe(["请补充借条原件的照片", "请写明被告的现住址"]);
        var correctBy = DateOnly.Parse(filing.GetProperty("correctBy").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        page.Text("[role=status]").ShouldContain($"补正期限至{correctBy:yyyy年M月d日}");
        page.Text("[data-test=correct-by]").ShouldBe(correctBy.ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture));
        page.QuerySelector("#reject form").ShouldBeNull();
    }

    [Fact]
    public async Task A_rejection_needs_a_reasoning_and_then_is_ruled()
    {
        var (journey, clerk) = await SubmittedAsync();
        var path = $"/Portals/FilingReview/{journey.Id}";

        var (tooShort, shortPage) = await clerk.SubmitAsync(path, await clerk.PageAsync(path), "#reject form",
            new Dictionary<string, string> { ["Reasoning"] = "不符合" });
        var (_, confirm) = await clerk.SubmitAsync(path, await clerk.PageAsync(path), "#reject form", new Dictionary<string, string>
        {
            ["Reasoning"] = "原告与被告之间的纠纷已经仲裁裁决，依法不属于人民法院受理民事诉讼的范围。", ["LegalBasis"] = "《中华人民共和国民事诉讼法》第一百二十七条第二项",
        });
        var stillUnderReview = (await journey.FilingAsync()).GetProperty("status").GetString();
        var (status, page) = await clerk.SubmitAsync(path, confirm, "#confirm-decision form");

        tooShort.ShouldBe(400);
        shortPage.Text("#reject [role=alert]").ShouldContain("10至2000字");
        confirm.Text("#confirm-decision").ShouldContain("原告与被告之间的纠纷已经仲裁裁决");
        confirm.QuerySelector("#confirm-decision button.danger")!.TextContent.ShouldBe("确认不予受理");
        stillUnderReview.ShouldBe("Submitted");
        status.ShouldBe(200);
        page.Text("[data-test=status]").ShouldBe("不予受理");
        page.Text("[role=status]").ShouldContain("已裁定不予受理");
    }

    [Fact]
    public async Task Markup_in_the_filing_renders_as_text()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var clerk = await app.ClientForAsync("clerk");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        await journey.SaveAsync($"/api/filings/{journey.Id}", new { factsAndReasons = "借款未还<script>alert(1)</script><img src=x onerror=alert(2)>" });
        await journey.SubmittedAsync();

        var page = await clerk.PageAsync($"/Portals/FilingReview/{journey.Id}");

        page.QuerySelectorAll("#elements script, #elements img").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_litigant_is_refused_the_review_pages()
    {
        var (journey, _) = await SubmittedAsync();
        using var litigant = await app.ClientForAsync("litigant");

        (await litigant.GetAsync("/Portals/FilingReview")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await litigant.GetAsync($"/Portals/FilingReview/{journey.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<(FilingJourney Journey, HttpClient Clerk)> SubmittedAsync(bool mediation = false)
    {
        var litigant = await app.ClientForAsync("litigant");
        var journey = await new FilingJourney(app, litigant).DraftAsync(mediation: mediation);
        await journey.SubmittedAsync();
        return (journey, await app.ClientForAsync("clerk"));
    }

    private async Task SetReviewDueAsync(Guid filingId, int daysFromToday)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        var filing = await db.OnlineFilings.SingleAsync(f => f.Id == filingId);
        filing.ReviewDueOn = Court.Kernel.ShanghaiTime.Today(app.Clock).AddDays(daysFromToday);
        await db.SaveChangesAsync();
    }
}
