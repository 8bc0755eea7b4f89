using Court.EDossier.Access;
using Court.EDossier.Blobs;
using Court.EDossier.Pdf;
using Court.EDossier.Persistence;
using Court.Kernel.Audit;
using Court.Kernel.Cases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Court.EDossier.Features.Reading;

/// <summary>One of a filing's materials: a watermarked reading copy for its filer, the signed original for the filing clerk.</summary>
internal static class GetFilingDocument
{
    public static RouteHandlerBuilder MapGetFilingDocument(this IEndpointRouteBuilder filings) =>
        filings.MapGet("/{draftId:guid}/documents/{documentId:guid}", HandleAsync)
            .WithName("GetFilingDocument").WithSummary("阅览或下载一份立案申请材料（?download=1 下载）");

    private static async Task<IResult> HandleAsync(
        Guid draftId, Guid documentId, HttpContext http, FilingDossierGate gate, DossierDb db, ICaseDirectory cases, IBlobStore blobs, ReadingCopies copies, IAuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var (opened, problem) = await FilingDossier.OpenAsync(draftId, http.User, gate, db, ct);
        if (opened is null) return problem!;
        var entry = opened.Catalogue.FirstOrDefault(e => e.DocumentId == documentId);
        if (entry is null) return DossierProblems.FilingDocumentNotFound();

        var watermark = await ReadingAudit.WatermarkForAsync(opened.Filing.NeedsWatermark, http, cases, clock, ct);
        var (bytes, unreadable) = await ReadingAudit.BytesAsync(entry.Sha256, watermark, blobs, copies, ct);
        if (bytes is null) return unreadable!;
        if (watermark is not null)
            await CopiesHandedOut.RecordAsync(db, http, watermark, bytes, new CopyOf(ServedCopyKind.Document, documentId, entry.Title, null, null), ct);
        await ReadingAudit.RecordAsync(audit, http, "filing.document", caseId: null, caseNumber: null, opened.AuditTarget(documentId), bytes, ct);
        return ReadingAudit.Pdf(http, bytes, $"立案申请材料-{entry.Number:00}-{entry.Title}.pdf");
    }
}
