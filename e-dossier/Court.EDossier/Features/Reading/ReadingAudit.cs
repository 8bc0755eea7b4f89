using Court.EDossier.Blobs;
using Court.EDossier.Pdf;
using Court.Kernel.Audit;
using Court.Kernel.Cases;
using Microsoft.AspNetCore.Http;

namespace Court.EDossier.Features.Reading;

/// <summary>阅卷 for one caller: who is reading (for the watermark), what they receive, and the audit of it.</summary>
internal static class ReadingAudit
{
    /// <summary>A watermark naming the caller, or null when the caller reads for the court (clean copies).</summary>
    public static Task<Watermark?> WatermarkForAsync(CaseDossier opened, HttpContext http, ICaseDirectory cases, TimeProvider clock, CancellationToken ct) =>
        WatermarkForAsync(opened.Reader.NeedsWatermark, http, cases, clock, ct);

    public static async Task<Watermark?> WatermarkForAsync(bool needsWatermark, HttpContext http, ICaseDirectory cases, TimeProvider clock, CancellationToken ct)
    {
        if (!needsWatermark) return null;
        var userId = Guid.Parse(http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value);
        var person = await cases.DescribeUserAsync(userId, ct);
        return new Watermark(person?.DisplayName ?? http.User.Identity?.Name ?? "阅卷人", person?.MaskedIdentifier, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>
    /// The stored original (signature intact, served as bytes, never parsed), or the reading copy carrying
    /// <paramref name="watermark"/>; for a stored document that cannot be opened safely, the problem that says so.
    /// </summary>
    public static async Task<(byte[]? Bytes, IResult? Problem)> BytesAsync(string sha256, Watermark? watermark, IBlobStore blobs, ReadingCopies copies, CancellationToken ct)
    {
        if (watermark is not null)
        {
            var (copy, unreadable) = await copies.WatermarkedAsync(sha256, watermark, ct);
            return copy is null ? (null, DossierProblems.Unreadable(unreadable!)) : (copy, null);
        }
        await using var stream = blobs.OpenRead(sha256);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        return (buffer.ToArray(), null);
    }

    /// <summary>Download (attachment) or view (inline): both are recorded with the SHA-256 of the bytes served.</summary>
    public static bool IsDownload(HttpContext http) => http.Request.Query["download"] is { Count: > 0 } d && d[0] is "1" or "true";

    public static Task RecordAsync(IAuditLog audit, HttpContext http, string what, CaseDossier opened, string target, byte[] served, CancellationToken ct) =>
        RecordAsync(audit, http, what, opened.Case.Id, opened.Case.Number, target, served, ct);

    /// <summary>The same for a read outside a case (an online filing's materials): no case, the target says whose.</summary>
    public static Task RecordAsync(IAuditLog audit, HttpContext http, string what, Guid? caseId, string? caseNumber, string target, byte[] served, CancellationToken ct) =>
        audit.WriteAsync(new AuditRecord($"dossier.{what}.{(IsDownload(http) ? "download" : "view")}", caseId, caseNumber,
            Target: target, ResultHash: ResultHash.OfBytes(served)), ct);

    public static IResult Pdf(HttpContext http, byte[] bytes, string fileName) =>
        TypedResults.File(bytes, "application/pdf", IsDownload(http) ? fileName : null);
}
