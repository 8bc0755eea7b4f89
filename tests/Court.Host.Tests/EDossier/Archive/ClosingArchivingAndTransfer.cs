using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Court.EDossier;
using Court.EDossier.Tests.Ingest.Support;
using Court.Host.Tests.EDossier.Support;
using Court.Host.Tests.EDossier.Transfer;
using Court.Host.Tests.Infrastructure;
using static Court.Host.Tests.EDossier.Support.DossierClient;

namespace Court.Host.Tests.EDossier.Archive;

/// <summary>结案 seals the dossier; 一键归档 signs a manifest whose every item is checked later; 移送 shares documents by reference.</summary>
[Trait("Category", "Persistence")]
public sealed class ClosingArchivingAndTransfer
{
    [Fact]
    public async Task A_transfer_gives_the_enforcement_case_the_same_documents_by_reference_with_their_provenance()
    {
        await using var app = new CourtAppFactory();
        // 移送 is by court staff of both cases (ADR 0013): the judge of the judgment is assigned to its enforcement too.
        await app.AssignAsync("judge", EnforcementCase, Court.Kernel.Access.CaseRole.Judge);
        using var judge = await app.ClientForAsync("judge");
        using var officer = await app.ClientForAsync("enforcement");
        var source = await judge.CatalogueAsync(LoanCase);
        int Blobs() => Directory.GetFiles(Path.Combine(app.DataDir, "blobs"), "*", SearchOption.AllDirectories)
            .Count(f => !f.Contains(".incoming", StringComparison.Ordinal));
        var blobsBefore = Blobs();

        using var transfer = await judge.PostAsJsonAsync($"/api/cases/{LoanCase}/dossier/transfers", new { toCaseId = EnforcementCase });
        using var again = await judge.PostAsJsonAsync($"/api/cases/{LoanCase}/dossier/transfers", new { toCaseId = EnforcementCase });

        transfer.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<TransferResult>())!.Transferred.ShouldBe(0);
        var received = await officer.CatalogueAsync(EnforcementCase);
        var open = source.Items.Where(i => i.Volume == "open").ToList();
        received.Items.Select(i => (i.Title, i.Sha256)).ShouldBe(open.Select(i => (i.Title, i.Sha256)));
        received.Items.ShouldAllBe(i => i.TransferredFrom == source.CaseNumber && i.SourceStep == "transfer");
        Blobs().ShouldBe(blobsBefore);
    }

    [Fact]
    public async Task Counsel_cannot_transfer_a_dossier()
    {
        await using var app = new CourtAppFactory();
        using var lawyer = await app.ClientForAsync("lawyer");

        using var response = await lawyer.PostAsJsonAsync($"/api/cases/{LoanCase}/dossier/transfers", new { toCaseId = EnforcementCase });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_closed_case_refuses_additions_and_its_archive_verifies_until_one_byte_of_an_item_is_flipped()
    {
        await using var app = new CourtAppFactory();
        using var judge = await app.ClientForAsync("judge");
        using var litigant = await app.ClientForAsync("litigant");

        using var early = await judge.PostAsync(new Uri($"/api/cases/{LoanCase}/dossier/archives", UriKind.Relative), null);
        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await judge.PostAsync(new Uri($"/api/cases/{LoanCase}/closing", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var pdf = await File.ReadAllBytesAsync(SamplePdfs.WriteText(Path.GetTempFileName()));
        using var late = await litigant.UploadAsync(LoanCase, "evidence", "补充证据", pdf, "补充证据.pdf");
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await late.Content.ReadAsStringAsync()).ShouldContain("/problems/dossier-sealed");
        (await judge.CatalogueAsync(LoanCase)).Sealed.ShouldBeTrue();

        using var created = await judge.PostAsync(new Uri($"/api/cases/{LoanCase}/dossier/archives", UriKind.Relative), null);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var archive = (await created.Content.ReadFromJsonAsync<Created>())!;
        (await judge.GetFromJsonAsync<Verification>(archive.Verification))!.Valid.ShouldBeTrue();

        await using (var package = await judge.GetStreamAsync(archive.Package))
        using (var zip = new ZipArchive(package))
        {
            zip.Entries.Select(e => e.FullName).ShouldContain("manifest.json");
            zip.Entries.Select(e => e.FullName).ShouldContain("manifest.sig");
            zip.Entries.Select(e => e.FullName).ShouldContain("merged.pdf");
            zip.Entries.Count(e => e.FullName.StartsWith("documents/", StringComparison.Ordinal)).ShouldBe(7);
        }

        var judgment = (await judge.CatalogueAsync(LoanCase)).Items.Single(i => i.Title == "民事判决书");
        FlipOneByte(app.DataDir, judgment.Sha256);

        var verification = (await judge.GetFromJsonAsync<Verification>(archive.Verification))!;
        verification.Valid.ShouldBeFalse();
        verification.SignatureValid.ShouldBeTrue();
        verification.Problems.ShouldHaveSingleItem().Title.ShouldBe("民事判决书");
        verification.Problems[0].Condition.ShouldBe("altered");

        using var output = new StringWriter();
        (await EDossierModule.VerifyStorageAsync(app.Services, output, CancellationToken.None)).ShouldBe(1);
        output.ToString().ShouldContain(judgment.Sha256);
        output.ToString().ShouldContain("民事判决书");
    }

    private static void FlipOneByte(string dataDir, string sha256)
    {
        var path = Path.Combine(dataDir, "blobs", sha256[..2], sha256[2..4], sha256);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 3] ^= 0x20;
        File.WriteAllBytes(path, bytes);
    }

    private sealed record TransferResult(int Transferred);

    private sealed record Created(string Package, string Verification);

    private sealed record Verification(bool Valid, bool SignatureValid, IReadOnlyList<ArchiveProblem> Problems);

    private sealed record ArchiveProblem(int Number, string Title, string Condition);
}
