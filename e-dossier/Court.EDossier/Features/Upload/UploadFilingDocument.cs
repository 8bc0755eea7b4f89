using Court.EDossier.Features.Reading;
using Court.Kernel.Audit;
using Court.Kernel.Dossier;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Court.EDossier.Features.Upload;

/// <summary>
/// Adds a filer's material (complaint, identity documents, evidence) to an online filing's dossier while the host says the filing
/// may still be changed (a draft, or sent back for correction); the same form and streaming as a case upload.
/// </summary>
internal static class UploadFilingDocument
{
    public static RouteHandlerBuilder MapUploadFilingDocument(this IEndpointRouteBuilder filings) =>
        filings.MapPost("/{draftId:guid}/dossier/documents", HandleAsync)
            .WithName("UploadFilingDocument").WithSummary("上传立案材料（PDF、JPEG、PNG、TIFF）")
            .DisableAntiforgery();

    private static async Task<IResult> HandleAsync(Guid draftId, HttpContext http, IServiceProvider services, IDossierApi dossier, IAuditLog audit,
        IOptions<EDossierOptions> options, CancellationToken ct)
    {
        var access = services.GetService<IFilingDossierAccess>() is { } rule ? await rule.DecideAsync(http.User, draftId, ct) : FilingDossierAccess.None;
        if (access != FilingDossierAccess.EditingFiler)
            return access == FilingDossierAccess.None ? DossierProblems.NotInFiling() : DossierProblems.FilingNotEditable();
        return await UploadDocument.ReceiveAsync(http, options.Value, DossierOwner.FilingDraft(draftId),
            fields => UploadForm.Validate(fields, actsForCourt: false, mayFileInternal: false), dossier,
            (fileName, result) => audit.WriteAsync(new AuditRecord("dossier.filing.upload", Target: result.Added?.DocumentId.ToString() ?? fileName,
                ResultHash: result.Added?.Sha256, Outcome: result.Succeeded ? "Succeeded" : "Refused"), ct),
            added => $"/api/filings/{draftId}/documents/{added.DocumentId}", ct);
    }
}
