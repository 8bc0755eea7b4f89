using Court.EDossier.Access;
using Court.EDossier.Persistence;
using Court.Kernel.Audit;
using Court.Kernel.Dossier;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Court.EDossier.Features.Reading;

/// <summary>The catalogue (卷内目录) of the volumes the caller may see.</summary>
internal static class GetDossier
{
    public static RouteHandlerBuilder MapGetDossier(this IEndpointRouteBuilder cases) =>
        cases.MapGet("/{caseId:guid}/dossier", HandleAsync).WithName("GetDossier").WithSummary("卷宗目录（仅含本人可查阅的卷）");

    private static async Task<IResult> HandleAsync(
        Guid caseId, HttpContext http, DossierGate gate, DossierDb db, IAuditLog audit, CancellationToken ct)
    {
        var (opened, problem) = await CaseDossier.OpenAsync(caseId, http.User, gate, db, ct);
        if (opened is null) return problem!;
        var view = new DossierView(caseId, opened.Case.Number, opened.Dossier?.IsSealed == true, opened.Dossier?.SealedAt,
            opened.Volumes.Select(v => v.Slug()).ToList(), opened.Catalogue.Select(DossierItemView.From).ToList());
        await audit.WriteAsync(new AuditRecord("dossier.catalogue", caseId, opened.Case.Number, Target: string.Join(',', view.Volumes)), ct);
        return TypedResults.Ok(view);
    }
}
