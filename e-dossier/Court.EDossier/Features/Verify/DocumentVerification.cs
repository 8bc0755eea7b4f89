using System.Security.Cryptography;
using Court.EDossier.Persistence;
using Court.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Court.EDossier.Features.Verify;

/// <summary>What anyone may learn about a court document from its QR code or its file: that the court issued it, and when.</summary>
/// <param name="IssuedByCourt">False for a copy of a party's material: the court handed the copy out, it did not write it.</param>
/// <param name="Copy">Set when the file is a copy the court handed out (a watermarked reading copy), not the original.</param>
internal sealed record VerifiedDocument(string Title, string Court, string CaseNumber, DateOnly? IssuedOn, DateTime RecordedAt, bool MatchedFile,
    bool IssuedByCourt = true, VerifiedCopy? Copy = null);

/// <summary>A copy served: to whom, when, and the sentence that says so, e.g. 本院于2026-12-04 09:10向陈明送达的副本.</summary>
internal sealed record VerifiedCopy(string RecipientName, DateTime ServedAt, string Statement);

/// <summary>
/// Looks a hash up among the documents the court issued — the element fingerprint printed in the QR code, or the SHA-256
/// of a signed file — and then among the copies it handed out (ADR 0017). Any altered file has another SHA-256 and is unknown.
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
        if (found is not null)
            return new VerifiedDocument(Path.GetFileNameWithoutExtension(found.FileName), found.IssuedBy ?? "", found.IssuedInCase ?? "",
                found.IssuedOn, found.CreatedAt, found.Sha256 == hash);
        return await FindCopyAsync(db, hash, ct);
    }

    private static async Task<VerifiedDocument?> FindCopyAsync(DossierDb db, string sha256, CancellationToken ct)
    {
        var copy = await db.ServedCopies.AsNoTracking().Where(c => c.Sha256 == sha256).OrderBy(c => c.ServedAt).FirstOrDefaultAsync(ct);
        if (copy is null) return null;
        var original = copy.OriginalDocumentId is { } id
            ? await db.Documents.AsNoTracking().Where(d => d.Id == id)
                .Select(d => new { d.FileName, d.IssuedBy, d.IssuedInCase, d.IssuedOn, d.CreatedAt }).FirstOrDefaultAsync(ct)
            : null;
        var courtIssued = original?.IssuedBy is not null;
        var what = copy.Kind == ServedCopyKind.MergedDossier ? "提供的合并卷宗阅卷副本" : courtIssued ? "送达的副本" : "提供的阅卷副本";
        var served = new VerifiedCopy(copy.RecipientName, copy.ServedAt, $"本院于{ShanghaiTime.Format(copy.ServedAt)}向{copy.RecipientName}{what}");
        return courtIssued
            ? new VerifiedDocument(Path.GetFileNameWithoutExtension(original!.FileName), original.IssuedBy!, original.IssuedInCase ?? copy.CaseNumber ?? "",
                original.IssuedOn, original.CreatedAt, MatchedFile: true, IssuedByCourt: true, served)
            : new VerifiedDocument(copy.Title, copy.CourtName ?? "", copy.CaseNumber ?? "", IssuedOn: null, original?.CreatedAt ?? copy.ServedAt,
                MatchedFile: true, IssuedByCourt: false, served);
    }

    public static async Task<string> Sha256Async(Stream content, CancellationToken ct) =>
        Convert.ToHexStringLower(await SHA256.HashDataAsync(content, ct));
}
