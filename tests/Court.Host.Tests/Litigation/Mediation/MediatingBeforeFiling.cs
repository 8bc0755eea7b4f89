using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Court.Host.Persistence;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Litigation.Mediation;

[Trait("Category", "Persistence")]
public sealed class MediatingBeforeFiling(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    private async Task<(FilingJourney Journey, JsonElement Mediation, HttpClient Litigant, HttpClient Clerk, HttpClient Mediator)> InMediationAsync()
    {
        var litigant = await app.ClientForAsync("litigant");
        var clerk = await app.ClientForAsync("clerk");
        var mediator = await app.ClientForAsync("mediator");
        var journey = await new FilingJourney(app, litigant).DraftAsync(mediation: true);
        await journey.SubmittedAsync();
        await journey.PayAsync();
        var mediation = await FilingJourney.ReviewAsync(clerk, journey.Id, "mediation", new { organisationCode = "XM-MED-01", mediatorName = "郑海平" });
        return (journey, mediation, litigant, clerk, mediator);
    }

    [Fact]
    public async Task A_clerk_assigns_an_organisation_that_takes_the_dispute_and_the_mediator_has_thirty_days()
    {
        var (journey, mediation, litigant, clerk, mediator) = await InMediationAsync();
        using var _ = litigant; using var __ = clerk; using var ___ = mediator;

        mediation.GetProperty("organisationName").GetString().ShouldBe("鹭江民商事纠纷调解中心");
        var assigned = DateOnly.FromDateTime(mediation.GetProperty("assignedAt").GetDateTime().AddHours(8));
        mediation.GetProperty("deadline").GetString().ShouldBe(assigned.AddDays(30).ToString("yyyy-MM-dd"));
        (await journey.FilingAsync()).GetProperty("status").GetString().ShouldBe("InMediation");
        var open = await (await mediator.GetAsync("/api/mediations")).JsonAsync();
        open.EnumerateArray().ShouldContain(m => m.GetProperty("filingId").GetGuid() == journey.Id);
    }

    [Fact]
    public async Task An_organisation_that_does_not_take_the_dispute_is_refused()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var clerk = await app.ClientForAsync("clerk");
        var journey = await new FilingJourney(app, litigant).DraftAsync(mediation: true);
        await journey.SubmittedAsync();

        using var response = await clerk.PostAsJsonAsync($"/api/filing-review/{journey.Id}/mediation", new { organisationCode = "XM-MED-04" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("不调解民间借贷纠纷");
    }

    [Fact]
    public async Task An_agreement_is_confirmed_by_a_ruling_in_a_special_procedure_case_and_the_fee_is_refunded()
    {
        var (journey, mediation, litigant, clerk, mediator) = await InMediationAsync();
        using var _ = litigant; using var __ = clerk; using var ___ = mediator;
        var id = mediation.GetProperty("id").GetString();
        var today = Court.Kernel.ShanghaiTime.Today(app.Clock);

        using var agreed = await mediator.PostAsJsonAsync($"/api/mediations/{id}/outcome", new
        {
            outcome = "agreement", agreementDate = today.ToString("yyyy-MM-dd"),
            agreementTerms = new[] { "被申请人苏文斌于2027年1月31日前向申请人陈明归还借款本金200,000元", "双方再无其他争议" },
        });
        agreed.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var confirmed = await clerk.PostAsJsonAsync($"/api/mediations/{id}/confirmation", new { });

        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await confirmed.JsonAsync();
        var caseNumber = result.GetProperty("confirmationCaseNumber").GetString()!;
        caseNumber.ShouldMatch(@"^（\d{4}）闽0203民特\d+号$");
        (await journey.FilingAsync()).GetProperty("status").GetString().ShouldBe("Settled");
        var served = await (await litigant.GetAsync("/api/me/served-documents")).JsonAsync();
        var ruling = served.EnumerateArray().Single(d => d.GetProperty("caseNumberOrReference").GetString() == caseNumber);
        ruling.GetProperty("documentTitle").GetString().ShouldBe("民事裁定书（司法确认）");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        (await db.FeePayments.SingleAsync(p => p.FilingId == journey.Id)).RefundedAmount.ShouldBe(4_300m);
        var document = await db.FilingDocuments.SingleAsync(d => d.FilingId == journey.Id && d.Kind == "judicial-confirmation-ruling");
        using var pdf = await litigant.GetAsync(ruling.GetProperty("link").GetString());
        pdf.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        document.DocumentId.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public async Task A_failed_mediation_returns_the_filing_to_review_and_it_becomes_a_case_without_re_entering_anything()
    {
        var (journey, mediation, litigant, clerk, mediator) = await InMediationAsync();
        using var _ = litigant; using var __ = clerk; using var ___ = mediator;
        var before = await journey.FilingAsync();

        using var failed = await mediator.PostAsJsonAsync($"/api/mediations/{mediation.GetProperty("id").GetString()}/outcome",
            new { outcome = "failed", reason = "被告不同意分期还款" });

        failed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await journey.FilingAsync()).GetProperty("status").GetString().ShouldBe("Submitted");
        var accepted = await FilingJourney.ReviewAsync(clerk, journey.Id, "acceptance");
        var caseNumber = accepted.GetProperty("caseNumber").GetString()!;
        caseNumber.ShouldContain("民初");
        var after = await journey.FilingAsync();
        after.GetProperty("parties").ToString().ShouldBe(before.GetProperty("parties").ToString());
        after.GetProperty("elements").ToString().ShouldBe(before.GetProperty("elements").ToString());
        var progress = await (await litigant.GetAsync($"/api/cases/{Uri.EscapeDataString(caseNumber)}/progress")).JsonAsync();
        progress.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("kind").GetString())
            .ShouldBe(["Filed", "FeePaid", "MediationStarted", "MediationEnded", "Accepted"]);
    }

    [Fact]
    public async Task An_extension_needs_the_parties_consent()
    {
        var (_, mediation, litigant, clerk, mediator) = await InMediationAsync();
        using var _l = litigant; using var _c = clerk; using var _m = mediator;
        var id = mediation.GetProperty("id").GetString();

        using var withoutConsent = await mediator.PostAsJsonAsync($"/api/mediations/{id}/extension", new { days = 15, partiesConsent = false });
        using var withConsent = await mediator.PostAsJsonAsync($"/api/mediations/{id}/extension", new { days = 15, partiesConsent = true });

        withoutConsent.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await withoutConsent.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("同意");
        withConsent.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await withConsent.JsonAsync()).GetProperty("extensionDays").GetInt32().ShouldBe(15);
    }

    [Fact]
    public async Task A_litigant_cannot_record_an_outcome()
    {
        var (_, mediation, litigant, clerk, mediator) = await InMediationAsync();
        using var _l = litigant; using var _c = clerk; using var _m = mediator;

        using var response = await litigant.PostAsJsonAsync($"/api/mediations/{mediation.GetProperty("id").GetString()}/outcome", new { outcome = "failed" });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
