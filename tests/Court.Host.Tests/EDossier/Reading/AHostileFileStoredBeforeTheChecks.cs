using System.Net;
using System.Net.Http.Json;
using Court.EDossier.Tests.Ingest.Support;
using Court.Host.Tests.EDossier.Upload;
using Court.Host.Tests.Infrastructure;
using static Court.Host.Tests.EDossier.Support.DossierClient;

namespace Court.Host.Tests.EDossier.Reading;

/// <summary>
/// Issue 11, finding 1: a document stored before the checks existed (here: a blob overwritten on disk with the cyclic page
/// tree) is gated on every read. The party's copy is a Chinese problem, the merged dossier binds a page saying so, and
/// the host keeps serving — instead of the stack overflow that ended the process.
/// </summary>
public sealed class A_hostile_file_stored_before_the_checks : IClassFixture<CourtAppFactory>
{
    private readonly CourtAppFactory _app;

    public A_hostile_file_stored_before_the_checks(CourtAppFactory app) => _app = app;

    [Fact]
    public async Task Is_reported_on_every_read_and_never_stops_the_host()
    {
        using var litigant = await _app.ClientForAsync("litigant");
        var clean = await File.ReadAllBytesAsync(SamplePdfs.WriteText(Path.GetTempFileName()));
        using (var upload = await litigant.UploadAsync(LoanCase, "evidence", "旧材料", clean, "旧材料.pdf")) upload.StatusCode.ShouldBe(HttpStatusCode.Created);
        var item = (await litigant.CatalogueAsync(LoanCase)).Items.Single(i => i.Title == "旧材料");
        var blob = Path.Combine(_app.DataDir, "blobs", item.Sha256[..2], item.Sha256[2..4], item.Sha256);
        File.Exists(blob).ShouldBeTrue();
        await File.WriteAllBytesAsync(blob, MalformedPdfs.Named("cyclic-page-tree").Make());

        using var copy = await litigant.GetAsync(new Uri($"/api/cases/{LoanCase}/dossier/documents/{item.Id}", UriKind.Relative));
        copy.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = (await copy.Content.ReadFromJsonAsync<Problem>())!;
        problem.Type.ShouldBe("/problems/document-unreadable");
        problem.Detail.ShouldContain("无法安全打开");

        using var judge = await _app.ClientForAsync("judge");
        var merged = await judge.PdfAsync($"/api/cases/{LoanCase}/dossier/merged.pdf");
        (await TextOfAsync(merged)).ShouldContain("无法打开");
        await A_malformed_pdf_cannot_stop_the_court.HealthyAsync(_app);
    }

    private sealed record Problem(string Type, string Detail);
}
