using System.Text.Json;
using Court.EDossier.Dossiers;
using Court.Kernel.Cases;
using Court.Kernel.Dossier;

namespace Court.EDossier.Archive;

/// <summary>The manifest of an archive package: the case, the merged PDF, and every item with SHA-256, size and provenance.</summary>
internal sealed record ArchiveManifest(
    string Format, Guid CaseId, string CaseNumber, string Court, string Cause, DateTime SealedAt, DateTime CreatedAt, string CreatedBy,
    ManifestFile Merged, IReadOnlyList<ManifestItem> Items)
{
    public const string CurrentFormat = "court.dossier-archive.v1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ArchiveManifest For(CaseSummaryInfo dossierCase, DateTime sealedAt, DateTime createdAt, string createdBy, ManifestFile merged,
        IReadOnlyList<CatalogueEntry> catalogue) =>
        new(CurrentFormat, dossierCase.Id, dossierCase.Number, dossierCase.CourtName, dossierCase.Title, sealedAt, createdAt, createdBy, merged,
            catalogue.Select(e => new ManifestItem(e.Number, e.Volume.Slug(), e.Category.Slug(), e.Title, e.DocumentId, e.Sha256, e.SizeBytes,
                e.PageCount, e.FirstPage, e.AddedAt, e.AddedByName, e.SourceStep, e.TransferredFromCaseNumber, PackagePath(e))).ToList());

    public byte[] ToUtf8() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static ArchiveManifest Parse(byte[] utf8) =>
        JsonSerializer.Deserialize<ArchiveManifest>(utf8, Json) ?? throw new InvalidDataException("Empty archive manifest.");

    internal static string PackagePath(CatalogueEntry e) => $"documents/{e.Volume.Slug()}-{e.Number:000}-{e.Sha256[..12]}.pdf";
}

internal sealed record ManifestFile(string Path, string Sha256, long SizeBytes);

internal sealed record ManifestItem(
    int Number, string Volume, string Category, string Title, Guid DocumentId, string Sha256, long SizeBytes, int Pages, int FirstPage,
    DateTime AddedAt, string AddedBy, string SourceStep, string? TransferredFrom, string Path);
