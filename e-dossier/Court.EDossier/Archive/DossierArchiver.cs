using System.IO.Compression;
using System.Security.Cryptography;
using Court.EDossier.Blobs;
using Court.EDossier.Dossiers;
using Court.EDossier.Pdf;
using Court.EDossier.Persistence;
using Court.EDossier.Rendering;
using Court.EDossier.Signing;
using Court.Kernel.Audit;
using Court.Kernel.Cases;
using Court.Kernel.Dossier;
using Microsoft.EntityFrameworkCore;

namespace Court.EDossier.Archive;

/// <summary>
/// 一键归档: for a sealed dossier, the merged PDF of both volumes, a manifest of every item and the court's signature over
/// the manifest. The package is assembled from the blob store whenever it is downloaded, so it is always what was signed.
/// </summary>
internal sealed class DossierArchiver(
    DossierDb db, IBlobStore blobs, MergedDossier merger, CourtSigningCertificate certificate, IAuditLog audit, TimeProvider clock)
{
    public async Task<DossierArchive> CreateAsync(CaseSummaryInfo dossierCase, Dossier dossier, string createdBy, CancellationToken ct)
    {
        var catalogue = await DossierCatalogue.LoadAsync(db, dossier.Id, includeInternal: true, ct);
        var mergedPdf = await merger.BuildAsync(dossierCase, catalogue, [DossierVolume.Open, DossierVolume.Internal], watermark: null, ct);
        var merged = await blobs.PutAsync(new MemoryStream(mergedPdf, writable: false), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var manifest = ArchiveManifest.For(dossierCase, dossier.SealedAt!.Value, now, createdBy,
            new ManifestFile("merged.pdf", merged.Sha256, merged.SizeBytes), catalogue).ToUtf8();
        var archive = new DossierArchive
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            DossierId = dossier.Id,
            CreatedAt = now,
            CreatedByName = createdBy,
            Manifest = manifest,
            ManifestSha256 = Convert.ToHexStringLower(SHA256.HashData(manifest)),
            Signature = ManifestSignature.Sign(manifest, certificate.Get()),
            MergedSha256 = merged.Sha256,
        };
        db.Archives.Add(archive);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(new AuditRecord("dossier.archive", dossierCase.Id, dossierCase.Number, Target: archive.Id.ToString(), ResultHash: archive.ManifestSha256), ct);
        return archive;
    }

    /// <summary>
    /// Writes the package: manifest, its signature, the court's certificate, the merged PDF and every original.
    /// <paramref name="output"/> must be seekable (a temporary file): the zip writer works synchronously.
    /// </summary>
    public async Task WritePackageAsync(DossierArchive archive, Stream output, CancellationToken ct)
    {
        var manifest = ArchiveManifest.Parse(archive.Manifest);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await AddBytesAsync(zip, "manifest.json", archive.Manifest, ct);
        await AddBytesAsync(zip, "manifest.sig", archive.Signature, ct);
        await AddBytesAsync(zip, "court-certificate.pem", System.Text.Encoding.ASCII.GetBytes(certificate.Get().ExportCertificatePem()), ct);
        await AddBlobAsync(zip, manifest.Merged.Path, manifest.Merged.Sha256, ct);
        foreach (var item in manifest.Items) await AddBlobAsync(zip, item.Path, item.Sha256, ct);
    }

    /// <summary>Checks the signature over the manifest and every file it lists against the blob store.</summary>
    public async Task<ArchiveVerification> VerifyAsync(DossierArchive archive, CancellationToken ct)
    {
        var signatureValid = ManifestSignature.IsValid(archive.Manifest, archive.Signature, certificate.Get());
        var manifest = ArchiveManifest.Parse(archive.Manifest);
        var problems = new List<ArchiveProblem>();
        var merged = await blobs.CheckAsync(manifest.Merged.Sha256, ct);
        if (merged != BlobCondition.Intact) problems.Add(new ArchiveProblem(0, "合并卷宗", manifest.Merged.Path, manifest.Merged.Sha256, merged.ToString().ToLowerInvariant()));
        foreach (var item in manifest.Items)
        {
            var condition = await blobs.CheckAsync(item.Sha256, ct);
            if (condition != BlobCondition.Intact)
                problems.Add(new ArchiveProblem(item.Number, item.Title, item.Path, item.Sha256, condition.ToString().ToLowerInvariant()));
        }
        return new ArchiveVerification(archive.Id, manifest.CaseNumber, signatureValid, signatureValid && problems.Count == 0, manifest.Items.Count, problems);
    }

    public Task<DossierArchive?> FindAsync(Guid dossierId, Guid archiveId, CancellationToken ct) =>
        db.Archives.AsNoTracking().SingleOrDefaultAsync(a => a.Id == archiveId && a.DossierId == dossierId, ct);

    private static async Task AddBytesAsync(ZipArchive zip, string path, byte[] bytes, CancellationToken ct)
    {
        await using var entry = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        await entry.WriteAsync(bytes, ct);
    }

    private async Task AddBlobAsync(ZipArchive zip, string path, string sha256, CancellationToken ct)
    {
        await using var source = blobs.OpenRead(sha256);
        await using var entry = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        await source.CopyToAsync(entry, ct);
    }
}

/// <summary>A file of the archive that is not as signed: <c>missing</c> or <c>altered</c>.</summary>
internal sealed record ArchiveProblem(int Number, string Title, string Path, string Sha256, string Condition);

internal sealed record ArchiveVerification(Guid ArchiveId, string CaseNumber, bool SignatureValid, bool Valid, int Items, IReadOnlyList<ArchiveProblem> Problems);
