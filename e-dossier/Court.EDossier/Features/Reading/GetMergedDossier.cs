using Court.EDossier.Access;
using Court.EDossier.Pdf;
using Court.EDossier.Persistence;
using Court.Kernel.Audit;
using Court.Kernel.Cases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Court.EDossier.Features.Reading;

/// <summary>The whole dossier as one bound PDF, of the volumes the caller may see.</summary>
internal static class GetMergedDossier
{
    public static RouteHandlerBuilder MapGetMergedDossier(this IEndpointRouteBuilder cases) =>
        cases.MapGet("/{caseId:guid}/dossier/merged.pdf", HandleAsync)
            .WithName("GetMergedDossier").WithSummary("合并卷宗 PDF：封面、卷内目录、页码与书签");

    private static async Task<IResult> HandleAsync(
        Guid caseId, HttpContext http, DossierGate gate, DossierDb db, ICaseDirectory cases, MergedDossier merger, IAuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var (opened, problem) = await CaseDossier.OpenAsync(caseId, http.User, gate, db, ct);
        if (opened is null) return problem!;
        var watermark = await ReadingAudit.WatermarkForAsync(opened, http, cases, clock, ct);
        var bytes = await merger.BuildAsync(opened.Case, opened.Catalogue, opened.Volumes, watermark, ct);
        if (watermark is not null)
            await CopiesHandedOut.RecordAsync(db, http, watermark, bytes,
                new CopyOf(ServedCopyKind.MergedDossier, null, "电子卷宗（合并卷宗）", opened.Case.Number, opened.Case.CourtName), ct);
        await ReadingAudit.RecordAsync(audit, http, "merged", opened, string.Join(',', opened.Volumes), bytes, ct);
        return ReadingAudit.Pdf(http, bytes, $"{opened.Case.Number}-电子卷宗.pdf");
    }
}
