using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Court.EDossier.Tests.Ingest.Support;
using Court.Host.Cases;
using Court.Host.Persistence;
using Court.Host.Tests.EDossier.Support;
using Court.Host.Tests.Infrastructure;
using Court.Kernel.Access;
using Court.Kernel.Cases;
using Court.Kernel.Dossier;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static Court.Host.Tests.EDossier.Support.DossierClient;

namespace Court.Host.Tests.EDossier.Reading;

/// <summary>
/// 立案前阅卷: the filer reads the materials of their filing as a party reads a case (watermarked), the filing clerk reads the
/// originals, anyone else is refused; who is who is the host's rule.
/// </summary>
[Trait("Category", "Persistence")]
public sealed class ReadingAFilingBeforeItIsACase(FilingReadingAppFactory app) : IClassFixture<FilingReadingAppFactory>
{
    [Fact]
    public async Task The_filer_sees_the_catalogue_and_receives_a_watermarked_copy_and_the_read_is_audited()
    {
        var materials = await app.MaterialsAsync();
        using var litigant = await app.ClientForAsync("litigant");

        var catalogue = await litigant.GetFromJsonAsync<FilingCatalogue>($"/api/filings/{app.DraftId}/dossier");
        var notice = catalogue!.Items.Single(i => i.Title == "补正通知书");
        var pdf = await litigant.PdfAsync($"/api/filings/{app.DraftId}/documents/{notice.Id}?download=1");

        catalogue.ReadAs.ShouldBe("filer");
        catalogue.Volumes.ShouldBe(["open"]);
        catalogue.Items.Select(i => i.Id).ShouldBe(materials, ignoreOrder: true);
        catalogue.Items.Single(i => i.Title == "要素式起诉状").CourtIssued.ShouldBeFalse("a party's document is not the court's");
        notice.CourtIssued.ShouldBeTrue();
        var text = await TextOfAsync(pdf);
        text.ShouldContain($"陈明 {await MaskedIdentifierOfAsync("litigant")}");
        text.ShouldContain("阅卷");
        text.ShouldContain("立案申请编号：网立2026120100001");
        Sha256(pdf).ShouldNotBe(notice.Sha256, "a reading copy, not the original");
        await using var scope = app.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<CourtDb>().AuditEntries
            .Where(e => e.UserName == "litigant" && e.Action.StartsWith("dossier.filing.")).ToListAsync();
        audit.ShouldContain(e => e.Action == "dossier.filing.catalogue" && e.Target == $"filing/{app.DraftId}");
        audit.ShouldContain(e => e.Action == "dossier.filing.document.download" && e.Target == $"filing/{app.DraftId}/documents/{notice.Id}"
            && e.ResultHash == Sha256(pdf));
    }

    [Fact]
    public async Task Another_user_gets_403_with_a_Chinese_reason_and_learns_nothing_of_the_materials()
    {
        var materials = await app.MaterialsAsync();
        using var lawyer = await app.ClientForAsync("lawyer");

        using var catalogue = await lawyer.GetAsync(new Uri($"/api/filings/{app.DraftId}/dossier", UriKind.Relative));
        using var document = await lawyer.GetAsync(new Uri($"/api/filings/{app.DraftId}/documents/{materials[0]}", UriKind.Relative));

        catalogue.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        document.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var problem = await document.Content.ReadFromJsonAsync<Problem>();
        problem!.Type.ShouldBe("/problems/forbidden");
        problem.Detail.ShouldContain("不能查阅");
    }

    [Fact]
    public async Task The_filing_clerk_receives_the_signed_original()
    {
        await app.MaterialsAsync();
        using var clerk = await app.ClientForAsync("clerk");

        var catalogue = await clerk.GetFromJsonAsync<FilingCatalogue>($"/api/filings/{app.DraftId}/dossier");
        var notice = catalogue!.Items.Single(i => i.Title == "补正通知书");
        var pdf = await clerk.PdfAsync($"/api/filings/{app.DraftId}/documents/{notice.Id}");

        catalogue.ReadAs.ShouldBe("court");
        Sha256(pdf).ShouldBe(notice.Sha256);
        (await ToolAsync("pdfsig", pdf)).Stdout.ShouldContain("Signature is Valid");
        (await TextOfAsync(pdf)).ShouldNotContain("阅卷");
    }

    [Fact]
    public async Task A_draft_with_no_materials_is_404_and_an_unknown_document_of_a_known_draft_too()
    {
        await app.MaterialsAsync();
        using var clerk = await app.ClientForAsync("clerk");

        using var unknownDraft = await clerk.GetAsync(new Uri($"/api/filings/{Guid.NewGuid()}/dossier", UriKind.Relative));
        using var unknownDocument = await clerk.GetAsync(new Uri($"/api/filings/{app.DraftId}/documents/{Guid.NewGuid()}", UriKind.Relative));

        unknownDraft.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknownDraft.Content.ReadFromJsonAsync<Problem>())!.Detail.ShouldContain("立案申请");
        unknownDocument.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Once_the_filing_is_a_case_its_materials_are_read_in_the_case_and_the_answer_names_it()
    {
        var draft = Guid.NewGuid();
        CaseSummaryInfo registered;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var dossier = scope.ServiceProvider.GetRequiredService<IDossierApi>();
            var pdf = await File.ReadAllBytesAsync(SamplePdfs.WriteLines(Path.GetTempFileName(), ["民事起诉状 原告陈明"]));
            (await dossier.AddFileAsync(new DossierFileAddition(DossierOwner.FilingDraft(draft), DossierCategory.Pleadings, "民事起诉状", "起诉状.pdf",
                "application/pdf", new DossierActor(null, "陈明"), "online-filing"), new MemoryStream(pdf))).Succeeded.ShouldBeTrue();
            var clerkId = (await scope.ServiceProvider.GetRequiredService<UserManager<Court.Host.Identity.CourtUser>>().FindByNameAsync("clerk"))!.Id;
            var created = await scope.ServiceProvider.GetRequiredService<CaseRegister>()
                .RegisterAsync(new NewCase("闽0203", "民初", "民间借贷纠纷", [(clerkId, CaseRole.FilingClerk)]), CancellationToken.None);
            await dossier.AttachFilingToCaseAsync(draft, created.Id);
            registered = (await scope.ServiceProvider.GetRequiredService<ICaseDirectory>().FindAsync(created.Id))!;
        }
        using var clerk = await app.ClientForAsync("clerk");

        using var response = await clerk.GetAsync(new Uri($"/api/filings/{draft}/dossier", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await response.Content.ReadFromJsonAsync<Problem>();
        problem!.Type.ShouldBe("/problems/filing-became-case");
        problem.Detail.ShouldContain(registered.Number);
    }

    [Fact]
    public async Task Without_the_hosts_rule_no_one_reads_a_filing_and_the_answer_is_a_Chinese_403_not_a_500()
    {
        await using var bare = new CourtAppFactory();
        await using var noRule = bare.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.RemoveAll<IFilingDossierAccess>()));
        using var client = noRule.CreateClient();
        client.DefaultRequestHeaders.Authorization = await BearerAsync(client, "clerk");

        using var response = await client.GetAsync(new Uri($"/api/filings/{Guid.NewGuid()}/dossier", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadFromJsonAsync<Problem>())!.Detail.ShouldContain("尚未开通");
    }

    private async Task<string?> MaskedIdentifierOfAsync(string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<Court.Host.Identity.CourtUser>>().FindByNameAsync(userName);
        return (await scope.ServiceProvider.GetRequiredService<ICaseDirectory>().DescribeUserAsync(user!.Id))!.MaskedIdentifier;
    }

    private static async Task<System.Net.Http.Headers.AuthenticationHeaderValue> BearerAsync(HttpClient client, string userName)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = CourtAppFactory.DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<Token>();
        return new("Bearer", token!.AccessToken);
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private sealed record FilingCatalogue(Guid DraftId, string ReadAs, IReadOnlyList<string> Volumes, IReadOnlyList<CatalogueItem> Items);

    private sealed record Problem(string Type, string Title, int Status, string Detail);

    private sealed record Token(string AccessToken);
}
