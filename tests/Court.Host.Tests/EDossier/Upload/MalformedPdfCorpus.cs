using System.Net;
using System.Net.Http.Json;
using Court.EDossier.Tests.Ingest.Support;
using Court.Host.Tests.Infrastructure;
using static Court.Host.Tests.EDossier.Support.DossierClient;

namespace Court.Host.Tests.EDossier.Upload;

/// <summary>
/// Issue 11, finding 1: every file of the malformed corpus is refused at upload with a Chinese problem, and the host keeps
/// serving; files right at the limits are accepted and read back through PDFsharp (the proof that the limits are safe).
/// </summary>
public sealed class A_malformed_pdf_cannot_stop_the_court : IClassFixture<CourtAppFactory>
{
    private readonly CourtAppFactory _app;

    public A_malformed_pdf_cannot_stop_the_court(CourtAppFactory app) => _app = app;

    public static TheoryData<string> Corpus => [.. MalformedPdfs.All.Select(s => s.Name)];

    public static TheoryData<string> AtTheLimits => [.. MalformedPdfs.AtTheLimits.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task Is_refused_at_upload_with_a_chinese_problem_and_the_host_keeps_serving(string name)
    {
        var sample = MalformedPdfs.Named(name);
        using var litigant = await _app.ClientForAsync("litigant");

        using var response = await litigant.UploadAsync(LoanCase, "evidence", "证据", sample.Make(), $"{name}.pdf");

        ((int)response.StatusCode).ShouldBeInRange(400, 499);
        var problem = (await response.Content.ReadFromJsonAsync<Problem>())!;
        problem.Type.ShouldBe($"/problems/{sample.Problem}");
        problem.Detail.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
        await HealthyAsync(_app);
    }

    [Theory]
    [MemberData(nameof(AtTheLimits))]
    public async Task A_file_at_the_limits_is_accepted_and_read_back_through_pdfsharp(string name)
    {
        var make = MalformedPdfs.AtTheLimits.Single(s => s.Name == name).Make;
        using var litigant = await _app.ClientForAsync("litigant");

        using var response = await litigant.UploadAsync(LoanCase, "evidence", name, make(), $"{name}.pdf");
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await litigant.CatalogueAsync(LoanCase)).Items.Single(i => i.Title == name).Id;

        (await litigant.PdfAsync($"/api/cases/{LoanCase}/dossier/documents/{id}")).Length.ShouldBeGreaterThan(0); // a watermarked copy: PDFsharp imports it
        await HealthyAsync(_app);
    }

    internal static async Task HealthyAsync(CourtAppFactory app)
    {
        using var anonymous = app.CreateAnonymousClient();
        using var health = await anonymous.GetAsync(new Uri("/healthz", UriKind.Relative));
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private sealed record Problem(string Type, string Detail);
}
