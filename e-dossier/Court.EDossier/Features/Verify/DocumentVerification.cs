using System.Security.Cryptography;
using Court.EDossier.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Court.EDossier.Features.Verify;

/// <summary>What anyone may learn about a court document from its QR code or its file: that the court issued it, and when.</summary>
internal sealed record VerifiedDocument(string Title, string Court, string CaseNumber, DateOnly IssuedOn, DateTime RecordedAt, bool MatchedFile);

/// <summary>
/// Looks a hash up among the documents the court issued: the element fingerprint printed in the QR code, or the SHA-256
/// of a signed file. Any altered copy has another SHA-256 and is unknown.
/// </summary>
internal static class DocumentVerification
{
    public static bool IsHash(string? value) => value is { Length: 64 } && value.All(char.IsAsciiHexDigit);

    public static async Task<VerifiedDocument?> FindAsync(DossierDb db, string hash, CancellationToken ct)
    {
        hash = hash.ToLowerInvariant();
        var found = await db.Documents.AsNoTracking()
            .Where(d => d.Fingerprint != null && (d.Fingerprint == hash || d.Sha256 == hash))
            .Select(d => new { d.FileName, d.IssuedBy, d.IssuedInCase, d.IssuedOn, d.CreatedAt, d.Sha256 })
            .FirstOrDefaultAsync(ct);
        return found is null ? null : new VerifiedDocument(Path.GetFileNameWithoutExtension(found.FileName), found.IssuedBy ?? "", found.IssuedInCase ?? "",
            found.IssuedOn ?? default, found.CreatedAt, found.Sha256 == hash);
    }

    public static async Task<string> Sha256Async(Stream content, CancellationToken ct) =>
        Convert.ToHexStringLower(await SHA256.HashDataAsync(content, ct));
}
