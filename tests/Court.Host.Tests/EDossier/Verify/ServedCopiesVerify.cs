using System.Net;
using System.Net.Http.Headers;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Support;
using static Court.Host.Tests.EDossier.Support.DossierClient;

namespace Court.Host.Tests.EDossier.Verify;

/// <summary>
/// Every copy the court hands out verifies as what it is (issue 12 point 5), and the 受理通知书 says what is true of the fee
/// on the day it is issued (point 6): the litigant paid in the sandbox bank, so it asks for nothing.
/// </summary>
[Trait("Category", "Persistence")]
public sealed class ServedCopiesVerify(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task The_litigants_served_acceptance_notice_verifies_as_the_copy_served_to_them_and_an_altered_copy_does_not()
    {
        var (caseId, caseNumber, noticeId, litigant) = await AcceptedCaseAsync();
        var copy = await litigant.PdfAsync($"/api/cases/{caseId}/dossier/documents/{noticeId}?download=1");
        using var anonymous = app.CreateClient();

        var verdict = await VerifyAsync(anonymous, copy);

        verdict.StatusCode.ShouldBe(HttpStatusCode.OK);
        var found = await verdict.JsonAsync();
        found.GetProperty("title").GetString().ShouldBe("受理通知书");
        found.GetProperty("caseNumber").GetString().ShouldBe(caseNumber);
        found.GetProperty("issuedByCourt").GetBoolean().ShouldBeTrue();
        found.GetProperty("matchedFile").GetBoolean().ShouldBeTrue();
        var statement = found.GetProperty("copy").GetProperty("statement").GetString()!;
        statement.ShouldStartWith("本院于");
        statement.ShouldEndWith("向陈明送达的副本");

        var altered = copy.ToArray();
        altered[altered.Length / 2] ^= 0x01;
        (await VerifyAsync(anonymous, altered)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await VerifyAsync(anonymous, [.. copy, (byte)'\n'])).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_partys_copy_of_the_merged_dossier_verifies_as_a_reading_copy()
    {
        var (caseId, caseNumber, _, litigant) = await AcceptedCaseAsync();
        var merged = await litigant.PdfAsync($"/api/cases/{caseId}/dossier/merged.pdf");
        using var anonymous = app.CreateClient();

        var found = await (await VerifyAsync(anonymous, merged)).JsonAsync();

        found.GetProperty("caseNumber").GetString().ShouldBe(caseNumber);
        found.GetProperty("issuedByCourt").GetBoolean().ShouldBeFalse();
        found.GetProperty("copy").GetProperty("statement").GetString()!.ShouldEndWith("向陈明提供的合并卷宗阅卷副本");
    }

    [Fact]
    public async Task The_acceptance_notice_of_a_paid_filing_says_the_fee_was_paid_and_asks_for_nothing()
    {
        var (caseId, _, noticeId, litigant) = await AcceptedCaseAsync();

        var text = await TextOfAsync(await litigant.PdfAsync($"/api/cases/{caseId}/dossier/documents/{noticeId}"));

        var flat = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        flat.ShouldContain("预交案件受理费人民币4,300.00元，无须再行交纳。");
        flat.ShouldNotContain("按撤诉处理");
        flat.ShouldNotContain("七日内");
    }

    private async Task<(Guid CaseId, string CaseNumber, Guid NoticeId, HttpClient Litigant)> AcceptedCaseAsync()
    {
        var litigant = await app.ClientForAsync("litigant");
        using var clerk = await app.ClientForAsync("clerk");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        await journey.SubmittedAsync();
        await journey.PayAsync();
        var accepted = await FilingJourney.ReviewAsync(clerk, journey.Id, "acceptance");
        return (accepted.GetProperty("caseId").GetGuid(), accepted.GetProperty("caseNumber").GetString()!,
            accepted.GetProperty("acceptanceNoticeId").GetGuid(), litigant);
    }

    private static async Task<HttpResponseMessage> VerifyAsync(HttpClient client, byte[] file)
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return await client.PostAsync(new Uri("/api/verify", UriKind.Relative), content);
    }
}
