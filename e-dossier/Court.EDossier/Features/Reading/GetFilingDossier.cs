using Court.EDossier.Access;
using Court.EDossier.Persistence;
using Court.Kernel.Audit;
using Court.Kernel.Dossier;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Court.EDossier.Features.Reading;

/// <summary>The catalogue of an online filing's materials, before it is a case: for its filer and for the filing clerk.</summary>
internal static class GetFilingDossier
{
    public static RouteHandlerBuilder MapGetFilingDossier(this IEndpointRouteBuilder filings) =>
        filings.MapGet("/{draftId:guid}/dossier", HandleAsync).WithName("GetFilingDossier").WithSummary("立案申请材料目录（立案前）");

    private static async Task<IResult> HandleAsync(Guid draftId, HttpContext http, FilingDossierGate gate, DossierDb db, IAuditLog audit, CancellationToken ct)
    {
        var (opened, problem) = await FilingDossier.OpenAsync(draftId, http.User, gate, db, ct);
        if (opened is null) return problem!;
        var view = new FilingDossierView(draftId, opened.Filing.ActsForCourt ? "court" : "filer",
            opened.Volumes.Select(v => v.Slug()).ToList(), opened.Catalogue.Select(DossierItemView.From).ToList());
        await audit.WriteAsync(new AuditRecord("dossier.filing.catalogue", Target: opened.AuditTarget()), ct);
        return TypedResults.Ok(view);
    }
}
