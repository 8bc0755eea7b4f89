using System.Net;
using System.Net.Http.Json;
using Court.Host.Persistence;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Litigation.Review;

[Trait("Category", "Persistence")]
public sealed class FromFilingToCase(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task A_submitted_filing_shows_its_fee_and_basis_and_waits_in_the_clerks_queue()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var clerk = await app.ClientForAsync("clerk");
        var journey = await new FilingJourney(app, litigant).DraftAsync();

        var submitted = await journey.SubmittedAsync();

        // 诉讼费用交纳办法第十三条第一项: 50 + 90,000 × 2.5% + 100,000 × 2% = 4,300.
        submitted.GetProperty("fee").GetDecimal().ShouldBe(4_300m);
        submitted.GetProperty("feeBasis").GetString()!.ShouldContain("第十三条");
        submitted.GetProperty("payUrl").GetString()!.ShouldStartWith("/payments/");
        var queue = await (await clerk.GetAsync("/api/filing-review")).JsonAsync();
        var item = queue.EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == journey.Id);
        item.GetProperty("daysLeft").GetInt32().ShouldBeInRange(7, 11);
        item.GetProperty("feePaid").GetBoolean().ShouldBeFalse();
        var dossier = await (await litigant.GetAsync($"/api/filings/{journey.Id}/dossier")).JsonAsync();
        dossier.ToString().ShouldContain("要素式起诉状");
        dossier.ToString().ShouldContain("交费通知书");
        dossier.ToString().ShouldContain("送达地址确认书");
    }

    [Fact]
    public async Task Submitting_twice_with_one_key_submits_once()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var journey = await new FilingJourney(app, litigant).DraftAsync();

        using var first = await journey.SubmitAsync("same-key");
        using var second = await journey.SubmitAsync("same-key");

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await second.JsonAsync()).GetProperty("paymentId").GetGuid().ShouldBe((await first.JsonAsync()).GetProperty("paymentId").GetGuid());
        (await journey.FilingAsync()).GetProperty("version").GetInt32().ShouldBe(journey.Version);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        (await db.FilingDocuments.CountAsync(d => d.FilingId == journey.Id && d.Kind == "element-complaint")).ShouldBe(1);
    }

    [Fact]
    public async Task An_incomplete_filing_is_told_every_thing_missing_and_stays_a_draft()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var (id, _, _) = await litigant.StartFilingAsync();
        var journey = new FilingJourney(app, litigant);

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/filings/{id}/submission");
        request.Headers.Add("Idempotency-Key", "incomplete");
        using var response = await litigant.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var detail = (await response.JsonAsync()).GetProperty("detail").GetString()!;
        detail.ShouldContain("请列明明确的被告");
        detail.ShouldContain("请填写诉讼请求");
        detail.ShouldContain("借款本金");
        (await litigant.FilingAsync(id)).GetProperty("status").GetString().ShouldBe("Draft");
    }

    [Fact]
    public async Task A_correction_is_served_and_the_same_filing_is_fixed_resubmitted_and_accepted_with_a_case_number()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var clerk = await app.ClientForAsync("clerk");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        var submitted = await journey.SubmittedAsync();
        await journey.PayAsync();

        var correction = await FilingJourney.ReviewAsync(clerk, journey.Id, "correction", new { items = new[] { "请上传原告身份证复印件", "请补充借条照片" } });

        correction.GetProperty("status").GetString().ShouldBe("CorrectionRequested");
        var filing = await journey.FilingAsync();
        filing.GetProperty("correctionItems")[0].GetString().ShouldBe("请上传原告身份证复印件");
        filing.GetProperty("editable").GetBoolean().ShouldBeTrue();
        var served = await (await litigant.GetAsync("/api/me/served-documents")).JsonAsync();
        served.EnumerateArray().ShouldContain(d => d.GetProperty("documentTitle").GetString() == "补正通知书" && d.GetProperty("caseNumberOrReference").GetString() == journey.Reference);

        await journey.RefreshAsync();
        await journey.SaveAsync($"/api/filings/{journey.Id}", new { factsAndReasons = "被告于2025年6月1日向原告借款200,000元，有借条为证，到期未还。" });
        var resubmitted = await journey.SubmittedAsync();
        resubmitted.GetProperty("round").GetInt32().ShouldBe(2);
        resubmitted.GetProperty("paymentId").GetGuid().ShouldBe(submitted.GetProperty("paymentId").GetGuid());
        resubmitted.GetProperty("paymentStatus").GetString().ShouldBe("Paid");

        var accepted = await FilingJourney.ReviewAsync(clerk, journey.Id, "acceptance");

        var caseNumber = accepted.GetProperty("caseNumber").GetString()!;
        caseNumber.ShouldMatch(@"^（\d{4}）闽0203民初\d+号$");
        accepted.GetProperty("queryCode").GetString()!.Length.ShouldBe(8);
        (await journey.FilingAsync()).GetProperty("caseNumber").GetString().ShouldBe(caseNumber);
        var mine = await (await litigant.GetAsync("/api/cases")).JsonAsync();
        mine.ToString().ShouldContain(caseNumber);
        served = await (await litigant.GetAsync("/api/me/served-documents")).JsonAsync();
        served.EnumerateArray().ShouldContain(d => d.GetProperty("documentTitle").GetString() == "受理通知书" && d.GetProperty("caseNumberOrReference").GetString() == caseNumber);
        served.EnumerateArray().ShouldContain(d => d.GetProperty("documentTitle").GetString() == "举证通知书");
        var caseId = accepted.GetProperty("caseId").GetGuid();
        var dossier = await (await litigant.GetAsync($"/api/cases/{caseId}/dossier")).JsonAsync();
        dossier.ToString().ShouldContain("要素式起诉状");
        dossier.ToString().ShouldContain("受理通知书");
        var progress = await (await litigant.GetAsync($"/api/cases/{Uri.EscapeDataString(caseNumber)}/progress")).JsonAsync();
        var kinds = progress.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("kind").GetString()).ToList();
        kinds.ShouldBe(["Filed", "FeePaid", "CorrectionRequested", "UnderReview", "Accepted"]);
    }

    [Fact]
    public async Task A_filing_is_not_accepted_before_its_fee_is_paid()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var clerk = await app.ClientForAsync("clerk");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        await journey.SubmittedAsync();

        using var response = await clerk.PostAsJsonAsync($"/api/filing-review/{journey.Id}/acceptance", new { });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("尚未交纳案件受理费");
        (await journey.FilingAsync()).GetProperty("status").GetString().ShouldBe("Submitted");
    }

    [Fact]
    public async Task A_resubmission_after_the_correction_deadline_is_refused_and_changes_nothing()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var clerk = await app.ClientForAsync("clerk");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        await journey.SubmittedAsync();
        await FilingJourney.ReviewAsync(clerk, journey.Id, "correction", new { items = new[] { "请补充借条照片" }, days = 1 });
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
            var stored = await db.OnlineFilings.SingleAsync(f => f.Id == journey.Id);
            stored.CorrectBy = new DateOnly(2026, 1, 5);
            await db.SaveChangesAsync();
        }
        var before = await journey.FilingAsync();

        using var response = await journey.SubmitAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("补正期限已于2026年1月5日届满");
        var after = await journey.FilingAsync();
        after.GetProperty("status").GetString().ShouldBe("CorrectionRequested");
        after.GetProperty("version").GetInt32().ShouldBe(before.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_rejection_is_a_reasoned_ruling_served_on_the_filer_and_the_fee_is_refunded()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var clerk = await app.ClientForAsync("clerk");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        await journey.SubmittedAsync();
        await journey.PayAsync();

        await FilingJourney.ReviewAsync(clerk, journey.Id, "rejection",
            new { reasoning = "原告就同一纠纷已另案起诉，本院正在审理，本案属于重复起诉。", legalBasis = new[] { "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百四十七条" } });

        (await journey.FilingAsync()).GetProperty("status").GetString().ShouldBe("Rejected");
        var served = await (await litigant.GetAsync("/api/me/served-documents")).JsonAsync();
        served.EnumerateArray().ShouldContain(d => d.GetProperty("documentTitle").GetString() == "民事裁定书" && d.GetProperty("caseNumberOrReference").GetString() == journey.Reference);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        (await db.FeePayments.SingleAsync(p => p.FilingId == journey.Id)).RefundedAmount.ShouldBe(4_300m);
    }

    [Fact]
    public async Task Two_clerks_accepting_at_once_make_one_case()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var clerk = await app.ClientForAsync("clerk");
        using var sameClerkElsewhere = await app.ClientForAsync("clerk");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        await journey.SubmittedAsync();
        await journey.PayAsync();

        var answers = await Task.WhenAll(
            clerk.PostAsJsonAsync($"/api/filing-review/{journey.Id}/acceptance", new { }),
            sameClerkElsewhere.PostAsJsonAsync($"/api/filing-review/{journey.Id}/acceptance", new { }));

        var bodies = string.Join(" | ", await Task.WhenAll(answers.Select(async r => $"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}")));
        answers.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.Conflict, bodies);
        answers.ShouldContain(r => r.StatusCode == HttpStatusCode.OK);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        var caseId = (await db.OnlineFilings.SingleAsync(f => f.Id == journey.Id)).CaseId;
        (await db.Cases.CountAsync(c => c.Id == caseId)).ShouldBe(1);
        (await db.FilingDocuments.CountAsync(d => d.FilingId == journey.Id && d.Kind == "acceptance-notice")).ShouldBe(1);
    }

    [Fact]
    public async Task Only_a_filing_clerk_reviews()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var judge = await app.ClientForAsync("judge");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        await journey.SubmittedAsync();

        using var queue = await judge.GetAsync("/api/filing-review");
        using var accept = await litigant.PostAsJsonAsync($"/api/filing-review/{journey.Id}/acceptance", new { });

        queue.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        accept.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_case_withdrawn_after_acceptance_pays_half_and_the_other_half_is_refunded_once()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var clerk = await app.ClientForAsync("clerk");
        using var judge = await app.ClientForAsync("judge");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        await journey.SubmittedAsync();
        await journey.PayAsync();
        Guid judgeId;
        await using (var scope = app.Services.CreateAsyncScope())
            judgeId = await scope.ServiceProvider.GetRequiredService<CourtDb>().Users.Where(u => u.UserName == "judge").Select(u => u.Id).SingleAsync();
        var accepted = await FilingJourney.ReviewAsync(clerk, journey.Id, "acceptance", new { judgeId });
        var caseId = accepted.GetProperty("caseId").GetGuid();

        using var closed = await judge.PostAsync($"/api/cases/{caseId}/closing?closedBy=withdrawal", null);
        using var closedAgain = await judge.PostAsync($"/api/cases/{caseId}/closing?closedBy=mediation", null);

        closed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await closed.JsonAsync()).GetProperty("feeRefunded").GetDecimal().ShouldBe(2_150m);
        (await closedAgain.JsonAsync()).GetProperty("feeRefunded").GetDecimal().ShouldBe(0m);
        await using var check = app.Services.CreateAsyncScope();
        (await check.ServiceProvider.GetRequiredService<CourtDb>().FeePayments.SingleAsync(p => p.FilingId == journey.Id)).RefundedAmount.ShouldBe(2_150m);
    }
}
