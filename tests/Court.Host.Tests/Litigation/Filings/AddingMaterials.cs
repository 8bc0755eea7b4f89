using System.Net;
using Court.EDossier.Tests.Ingest.Support;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Support;

namespace Court.Host.Tests.Litigation.Filings;

public sealed class AddingMaterials(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    private static byte[] Pdf() => File.ReadAllBytes(SamplePdfs.WriteText(Path.GetTempFileName()));

    [Fact]
    public async Task The_filer_adds_identity_documents_and_evidence_to_a_draft()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var (id, _, _) = await litigant.StartFilingAsync();

        using var identity = await litigant.UploadMaterialAsync(id, "pleadings", "原告身份证复印件", Pdf());
        using var evidence = await litigant.UploadMaterialAsync(id, "evidence", "借条", Pdf());

        identity.StatusCode.ShouldBe(HttpStatusCode.Created);
        evidence.StatusCode.ShouldBe(HttpStatusCode.Created);
        var dossier = (await (await litigant.GetAsync($"/api/filings/{id}/dossier")).JsonAsync()).ToString();
        dossier.ShouldContain("原告身份证复印件");
        dossier.ShouldContain("借条");
    }

    [Fact]
    public async Task A_file_the_dossier_refuses_gets_its_chinese_reason_and_adds_nothing()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var (id, _, _) = await litigant.StartFilingAsync();

        using var refused = await litigant.UploadMaterialAsync(id, "evidence", "借条", "不是PDF"u8.ToArray());

        refused.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.UnsupportedMediaType, HttpStatusCode.UnprocessableEntity);
        (await refused.JsonAsync()).GetProperty("detail").GetString()!.ShouldNotBeNullOrWhiteSpace();
        using var dossier = await litigant.GetAsync($"/api/filings/{id}/dossier");
        if (dossier.StatusCode != HttpStatusCode.NotFound) (await dossier.JsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Nobody_else_adds_to_someone_elses_filing()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var lawyer = await app.ClientForAsync("lawyer");
        var (id, _, _) = await litigant.StartFilingAsync();

        using var response = await lawyer.UploadMaterialAsync(id, "evidence", "伪造的证据", Pdf());

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Once_submitted_nothing_is_added_until_a_correction_is_asked_for()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var clerk = await app.ClientForAsync("clerk");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        await journey.SubmittedAsync();

        using var tooLate = await litigant.UploadMaterialAsync(journey.Id, "evidence", "借条", Pdf());
        tooLate.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        await FilingJourney.ReviewAsync(clerk, journey.Id, "correction", new { items = new[] { "请补充借条" } });
        using var corrected = await litigant.UploadMaterialAsync(journey.Id, "evidence", "借条", Pdf());
        corrected.StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}
