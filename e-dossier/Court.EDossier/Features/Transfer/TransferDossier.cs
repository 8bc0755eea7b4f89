using System.ComponentModel.DataAnnotations;
using Court.EDossier.Access;
using Court.EDossier.Dossiers;
using Court.EDossier.Persistence;
using Court.Kernel.Audit;
using Court.Kernel.Dossier;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Court.EDossier.Features.Transfer;

internal sealed record TransferDossierRequest(
    [property: Required(ErrorMessage = "请填写接收案件 toCaseId（上诉或执行案件的编号）。")] Guid? ToCaseId,
    bool IncludeInternalVolume = false);

/// <summary>
/// 移送: the receiving case (appeal, enforcement) gets the same documents by reference — no copy, no rescan — each item recording
/// the case and item it came from. Only to a case linked by procedure, by court staff of both cases; 副卷 items only from someone
/// who may read them, and they stay 副卷 in the receiving case. Repeating a transfer adds nothing twice (ADR 0013).
/// </summary>
internal static class TransferDossier
{
    public static RouteHandlerBuilder MapTransferDossier(this IEndpointRouteBuilder cases) =>
        cases.MapPost("/{caseId:guid}/dossier/transfers", HandleAsync).WithName("TransferDossier").WithSummary("卷宗移送（上诉、执行），按引用共享材料");

    private static async Task<IResult> HandleAsync(
        Guid caseId, TransferDossierRequest request, HttpContext http, DossierGate gate, DossierStore store, DossierDb db, IAuditLog audit,
        TimeProvider clock, CancellationToken ct)
    {
        var (from, problem) = await gate.OpenForCourtAsync(caseId, http.User, ct);
        if (from is null) return problem!;
        if (request.ToCaseId == caseId) return DossierProblems.Invalid("toCaseId", "不能移送给本案自己，请填写上诉或执行案件。");
        if (request.IncludeInternalVolume && !from.Reader.CanReadInternalVolume) return DossierProblems.NotForThisVolume();
        var (to, refused) = await gate.OpenTransferTargetAsync(from, request.ToCaseId!.Value, http.User, ct);
        if (to is null)
        {
            await audit.WriteAsync(new AuditRecord("dossier.transfer", caseId, from.Case.Number, Target: request.ToCaseId.ToString(),
                Outcome: "Refused"), ct);
            return refused!;
        }
        var target = await store.OpenAsync(DossierOwner.Case(to.Case.Id), ct);
        if (target is null) return DossierProblems.Invalid("toCaseId", "没有找到接收案件，请核对。");
        if (target.IsSealed) return DossierProblems.Sealed("接收案件");
        if (from.Dossier is null) return TypedResults.Ok(new { transferred = 0 });

        var already = await db.Items.Where(i => i.DossierId == target.Id && i.TransferredFromItemId != null)
            .Select(i => i.TransferredFromItemId!.Value).ToListAsync(ct);
        var catalogue = await DossierCatalogue.LoadAsync(db, from.Dossier.Id, request.IncludeInternalVolume, ct);
        var by = Upload.UploadDocument.ActorOf(http.User);
        var transferred = 0;
        foreach (var entry in catalogue.Where(e => !already.Contains(e.ItemId)))
        {
            await store.PlaceAsync(target, new DossierItem
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                DocumentId = entry.DocumentId,
                Category = entry.Category,
                Volume = entry.Volume,
                Title = entry.Title,
                AddedAt = clock.GetUtcNow().UtcDateTime,
                AddedByUserId = by.UserId,
                AddedByName = by.Name,
                SourceStep = "transfer",
                TransferredFromItemId = entry.ItemId,
                TransferredFromCaseNumber = from.Case.Number,
            }, ct);
            transferred++;
        }
        await audit.WriteAsync(new AuditRecord("dossier.transfer", caseId, from.Case.Number, Target: request.ToCaseId.ToString(),
            Outcome: "Succeeded"), ct);
        return TypedResults.Ok(new { transferred });
    }
}
