using Court.EDossier.Blobs;
using Court.EDossier.Access;
using Court.EDossier.Pdf;
using Court.EDossier.Persistence;
using Court.Kernel.Audit;
using Court.Kernel.Cases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Court.EDossier.Features.Reading;

/// <summary>One document's PDF: the signed original for the bench, a watermarked copy for parties and counsel.</summary>
internal static class GetDocument
{
    public static RouteHandlerBuilder MapGetDocument(this IEndpointRouteBuilder cases) =>
        cases.MapGet("/{caseId:guid}/dossier/documents/{documentId:guid}", HandleAsync)
            .WithName("GetDossierDocument").WithSummary("阅览或下载一份卷宗材料（?download=1 下载）");

    private static async Task<IResult> HandleAsync(
        Guid caseId, Guid documentId, HttpContext http, DossierGate gate, DossierDb db, ICaseDirectory cases, IBlobStore blobs, ReadingCopies copies, IAuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var (opened, problem) = await CaseDossier.OpenAsync(caseId, http.User, gate, db, ct);
        if (opened is null) return problem!;
        var entry = opened.Catalogue.FirstOrDefault(e => e.DocumentId == documentId);
        if (entry is null) return DossierProblems.DocumentNotFound();

        var watermark = await ReadingAudit.WatermarkForAsync(opened, http, cases, clock, ct);
        var (bytes, unreadable) = await ReadingAudit.BytesAsync(entry.Sha256, watermark, blobs, copies, ct);
        if (bytes is null) return unreadable!;

        if (watermark is not null)
            await CopiesHandedOut.RecordAsync(db, http, watermark, bytes,
                new CopyOf(ServedCopyKind.Document, documentId, entry.Title, opened.Case.Number, opened.Case.CourtName), ct);
        await ReadingAudit.RecordAsync(audit, http, "document", opened, documentId.ToString(), bytes, ct);
        return ReadingAudit.Pdf(http, bytes, $"{opened.Case.Number}-{entry.Number:00}-{entry.Title}.pdf");
    }
}
