using Court.EDossier.Persistence;
using Court.Kernel.Dossier;
using Microsoft.EntityFrameworkCore;

namespace Court.EDossier.Dossiers;

/// <summary>One line of the catalogue (卷内目录): a document in binding order with its pages in its volume.</summary>
internal sealed record CatalogueEntry(
    Guid ItemId,
    Guid DocumentId,
    int Number,
    string Title,
    DossierCategory Category,
    DossierVolume Volume,
    int FirstPage,
    int PageCount,
    string Sha256,
    long SizeBytes,
    DateTime AddedAt,
    string AddedByName,
    string SourceStep,
    string? TransferredFromCaseNumber,
    bool CourtIssued)
{
    public int LastPage => FirstPage + PageCount - 1;

    /// <summary>
    /// 页号 as the catalogue prints it, "5" or "5—8": the Chinese 一字线 (U+2014, GB/T 15834 连接号) that the Song face has;
    /// no face of the chain has the en dash (U+2013), which left "5 8".
    /// </summary>
    public string PageRange => PageCount == 1 ? $"{FirstPage}" : $"{FirstPage}—{LastPage}";
}

/// <summary>
/// The binding order of a dossier: by section (<see cref="DossierCategories.All"/>), then order of addition. Pages are
/// numbered through each volume from 1, so 正卷 and 副卷 each have their own page numbers, as paper volumes do.
/// </summary>
internal static class DossierCatalogue
{
    public static async Task<IReadOnlyList<CatalogueEntry>> LoadAsync(DossierDb db, Guid dossierId, bool includeInternal, CancellationToken ct)
    {
        var rows = await db.Items.AsNoTracking()
            .Where(i => i.DossierId == dossierId && (includeInternal || i.Volume == DossierVolume.Open))
            .Select(i => new CatalogueRow(i.Id, i.DocumentId, i.Title, i.Category, i.Volume, i.Sequence, i.Document.PageCount, i.Document.Sha256,
                i.Document.SizeBytes, i.AddedAt, i.AddedByName, i.SourceStep, i.TransferredFromCaseNumber, i.Document.SourceKind == SourceKinds.Court))
            .ToListAsync(ct);
        return Number(rows);
    }

    internal static IReadOnlyList<CatalogueEntry> Number(IEnumerable<CatalogueRow> rows)
    {
        var entries = new List<CatalogueEntry>();
        foreach (var volume in rows.OrderBy(r => r.Volume).ThenBy(r => (int)r.Category).ThenBy(r => r.Sequence).GroupBy(r => r.Volume))
        {
            var page = 1;
            var number = 1;
            foreach (var r in volume)
            {
                entries.Add(new CatalogueEntry(r.ItemId, r.DocumentId, number++, r.Title, r.Category, r.Volume, page, r.PageCount, r.Sha256,
                    r.SizeBytes, r.AddedAt, r.AddedByName, r.SourceStep, r.TransferredFrom, r.CourtIssued));
                page += r.PageCount;
            }
        }
        return entries;
    }
}

internal sealed record CatalogueRow(
    Guid ItemId, Guid DocumentId, string Title, DossierCategory Category, DossierVolume Volume, long Sequence, int PageCount,
    string Sha256, long SizeBytes, DateTime AddedAt, string AddedByName, string SourceStep, string? TransferredFrom, bool CourtIssued);
