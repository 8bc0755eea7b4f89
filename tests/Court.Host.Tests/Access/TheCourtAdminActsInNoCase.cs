using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Court.EDossier.Tests.Ingest.Support;
using Court.Host.Tests.EDossier.Support;
using Court.Host.Tests.Infrastructure;
using Court.Seeds.Demo;
using static Court.Host.Tests.EDossier.Support.DossierClient;
using static Court.Host.Tests.Litigation.Progress.ProgressScenario;

namespace Court.Host.Tests.Access;

/// <summary>
/// Issue 11 finding 4 (ADR 0004, 0013): system administration is not case access. Each path the probe used as the court
/// admin — upload, 正卷 catalogue, merged dossier, document read, progress — is refused like any stranger to the case.
/// </summary>
public sealed class TheCourtAdminActsInNoCase(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task The_admin_cannot_upload_evidence_into_an_enforcement_case()
    {
        using var admin = await app.ClientForAsync("admin");
        var pdf = await File.ReadAllBytesAsync(SamplePdfs.WriteText(Path.GetTempFileName()));

        using var response = await admin.UploadAsync(EnforcementCase, "evidence", "证据", pdf, "证据.pdf");

        await ShouldBeForbiddenInChineseAsync(response);
        using var officer = await app.ClientForAsync("enforcement");
        (await officer.CatalogueAsync(EnforcementCase)).Items.ShouldNotContain(i => i.AddedBy == "admin");
    }

    [Fact]
    public async Task The_admin_cannot_list_the_open_volume()
    {
        using var admin = await app.ClientForAsync("admin");

        await ShouldBeForbiddenInChineseAsync(await admin.GetAsync(new Uri($"/api/cases/{LoanCase}/dossier", UriKind.Relative)));
    }

    [Fact]
    public async Task The_admin_cannot_read_the_merged_dossier()
    {
        using var admin = await app.ClientForAsync("admin");

        await ShouldBeForbiddenInChineseAsync(await admin.GetAsync(new Uri($"/api/cases/{LoanCase}/dossier/merged.pdf", UriKind.Relative)));
    }

    [Fact]
    public async Task The_admin_cannot_read_a_document_of_the_case()
    {
        using var judge = await app.ClientForAsync("judge");
        using var admin = await app.ClientForAsync("admin");
        var document = (await judge.CatalogueAsync(LoanCase)).Items.First(i => i.Volume == "open").Id;

        await ShouldBeForbiddenInChineseAsync(
            await admin.GetAsync(new Uri($"/api/cases/{LoanCase}/dossier/documents/{document}", UriKind.Relative)));
    }

    [Fact]
    public async Task The_admin_cannot_follow_the_progress_of_a_case()
    {
        using var admin = await app.ClientForAsync("admin");

        using var response = await admin.GetAsync(ProgressPath(await app.CaseNumberOfAsync(DemoCatalogue.Cases[0].Id)));

        // Not 403: a case one is not on answers as a number no case has (finding 9).
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.ProblemAsync()).GetProperty("detail").GetString()!.ShouldContain("没有找到");
    }

    private static async Task ShouldBeForbiddenInChineseAsync(HttpResponseMessage response)
    {
        using (response)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            problem.GetProperty("type").GetString().ShouldBe("/problems/forbidden");
            problem.GetProperty("detail").GetString()!.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
        }
    }
}
