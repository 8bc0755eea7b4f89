using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Court.Host.Access;
using Court.Host.Litigation.Filings;
using Court.Host.Litigation.Progress;
using Court.Host.Litigation.Review;
using Court.Host.Persistence;
using Court.Kernel;
using Court.Kernel.Audit;
using Court.Kernel.Filing;
using Court.Seeds.Reference;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Mediation;

internal sealed record AssignMediationRequest(
    [property: Required(ErrorMessage = "请选择调解组织。"), StringLength(40, ErrorMessage = "调解组织代码无效。")] string? OrganisationCode,
    [property: StringLength(100, ErrorMessage = "调解员姓名过长。")] string? MediatorName);

/// <summary>
/// 委派诉前调解: with the filer's consent the clerk assigns an organisation from seeds/ that takes this kind of dispute; the seven-day
/// review stops while the mediator works (30 days, 最高人民法院关于进一步完善委派调解机制的指导意见).
/// </summary>
internal static class AssignMediation
{
    internal static void MapAssignMediation(this RouteGroupBuilder review) =>
        review.MapPost("/{filingId:guid}/mediation", async (Guid filingId, AssignMediationRequest request, ClaimsPrincipal user, CourtDb db,
                CaseProgress progress, IAuditLog audit, ReferenceData reference, TimeProvider clock, CancellationToken ct) =>
                (await HandleAsync(filingId, request, user, db, progress, audit, reference, clock, ct))
                .ToResult(view => TypedResults.Created($"/api/mediations/{view.Id}", view)))
            .WithSummary("委派诉前调解");

    internal static async Task<Outcome<MediationView>> HandleAsync(Guid filingId, AssignMediationRequest request, ClaimsPrincipal user, CourtDb db,
        CaseProgress progress, IAuditLog audit, ReferenceData reference, TimeProvider clock, CancellationToken ct)
    {
        var found = await ReviewedFiling.FindAsync(db, user, filingId, ct);
        if (found.Problem is { } problem) return problem;
        var filing = found.Value!;
        if (!filing.ConsentsToMediation) return LitigationProblem.Conflict("申请人未同意诉前调解，不能委派调解。");
        if (await db.PreFilingMediations.AnyAsync(m => m.FilingId == filing.Id, ct))
            return LitigationProblem.Conflict("这份申请已经进行过诉前调解。");
        if (!reference.MediationOrganisations.TryGet(request.OrganisationCode!, out var organisation))
            return LitigationProblem.Invalid($"没有代码为“{request.OrganisationCode}”的调解组织。");
        if (!organisation.Takes(filing.KindSlug!))
            return LitigationProblem.Invalid($"{organisation.Name}不调解{FilingDocuments.CauseOf(filing, reference)}，请另选调解组织。");
        var mediator = string.IsNullOrWhiteSpace(request.MediatorName) ? null : request.MediatorName.Trim();
        if (mediator is not null && !organisation.Mediators.Contains(mediator))
            return LitigationProblem.Invalid($"{mediator}不是{organisation.Name}的调解员。");

        var now = clock.GetUtcNow().UtcDateTime;
        var assigned = new PreFilingMediation
        {
            Id = Guid.CreateVersion7(), FilingId = filing.Id, OrganisationCode = organisation.Code, OrganisationName = organisation.Name,
            MediatorName = mediator, AssignedById = user.UserId(), AssignedAt = now,
            Deadline = MediationPeriod.DeadlineFor(ShanghaiTime.Today(clock)),
        };
        db.PreFilingMediations.Add(assigned);
        filing.Status = FilingStatus.InMediation;
        filing.ReviewDueOn = null;
        var saved = await FilingSaves.SaveAsync(db, filing, clock, ct);
        if (saved.Problem is { } stale) return stale;

        await progress.RecordForFilingAsync(filing.Id, filing.FiledById, ProgressNodeKind.MediationStarted, $"已委派{organisation.Name}进行诉前调解",
            $"调解期限至{assigned.Deadline:yyyy年M月d日}，经各方同意可以延长。调解组织电话：{organisation.Phone}。", $"filing:{filing.Id}:mediation", ct);
        await audit.WriteAsync(new AuditRecord("mediation.assign", CaseNumber: filing.Reference, Target: organisation.Code), ct);
        return MediationView.Of(assigned, filing, FilingDocuments.CauseOf(filing, reference));
    }
}
