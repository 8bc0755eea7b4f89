using Court.EDossier.Pdf;
using Court.EDossier.Persistence;
using Microsoft.AspNetCore.Http;

namespace Court.EDossier.Features.Reading;

/// <summary>Records each watermarked copy served, by the SHA-256 of its bytes, so the copy verifies as what it is (ADR 0017).</summary>
internal static class CopiesHandedOut
{
    public static async Task RecordAsync(DossierDb db, HttpContext http, Watermark watermark, byte[] copy, CopyOf original, CancellationToken ct)
    {
        var userId = http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        db.ServedCopies.Add(new ServedCopy
        {
            Id = Guid.CreateVersion7(),
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(copy)),
            Kind = original.Kind,
            OriginalDocumentId = original.DocumentId,
            RecipientUserId = Guid.TryParse(userId, out var id) ? id : null,
            RecipientName = Truncate(watermark.ReaderName, 256),
            ServedAt = watermark.AtUtc,
            Title = Truncate(original.Title, 200),
            CaseNumber = original.CaseNumber,
            CourtName = original.CourtName,
        });
        await db.SaveChangesAsync(ct);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <summary>What a served copy is a copy of: one document (by id), or a case's merged dossier.</summary>
internal sealed record CopyOf(ServedCopyKind Kind, Guid? DocumentId, string Title, string? CaseNumber, string? CourtName);
