using Court.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Filings;

/// <summary>One issued document of a filing as a version: the n-th of its kind (one per round), and whether it is the current one.</summary>
internal sealed record FilingDocumentVersion(Guid DocumentId, string Kind, string Title, int Round, int Version, bool Current)
{
    public string Label => Current ? $"第{Version}版（现行）" : $"第{Version}版（已被新版取代）";
}

/// <summary>
/// A document regenerated at a resubmission (the 要素式起诉状, the 送达地址确认书 …) is a new version of the same kind: the filer and the
/// clerk see which version each is and which one is current, so nobody reads the complaint as it stood before the correction.
/// </summary>
internal static class FilingDocumentVersions
{
    public static async Task<IReadOnlyList<FilingDocumentVersion>> OfAsync(CourtDb db, Guid filingId, CancellationToken ct)
    {
        var issued = await db.FilingDocuments.AsNoTracking().Where(d => d.FilingId == filingId && d.DocumentId != Guid.Empty)
            .Select(d => new { d.DocumentId, d.Kind, d.Title, d.Round }).ToListAsync(ct);
        return issued.GroupBy(d => d.Kind).SelectMany(kind =>
        {
            var rounds = kind.OrderBy(d => d.Round).ToList();
            return rounds.Select((d, i) => new FilingDocumentVersion(d.DocumentId, d.Kind, d.Title, d.Round, i + 1, i == rounds.Count - 1));
        }).OrderBy(v => v.Title, StringComparer.Ordinal).ThenByDescending(v => v.Version).ToList();
    }
}
