using Court.Host.Access;
using Court.Host.Calendar;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Court.Host.Litigation.Filings;
using Court.Host.Litigation.Progress;
using Court.Host.Persistence;
using Court.Kernel;
using Court.Kernel.Access;
using Court.Kernel.Audit;
using Court.Kernel.Calendar;
using Court.Kernel.Filing;
using Court.Seeds.Reference;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Mediation;

internal sealed record ExtendMediationRequest(
    [property: Required(ErrorMessage = "请填写延长的天数。"), Range(1, 30, ErrorMessage = "每次可延长1至30日。")] int? Days,
    [property: Required(ErrorMessage = "延长调解期限须经各方当事人同意。")] bool? PartiesConsent);

internal sealed record MediationOutcomeRequest(
    [property: Required(ErrorMessage = "请选择调解结果：agreement（达成协议）或 failed（调解不成）。")] string? Outcome,
    [property: MaxLength(20, ErrorMessage = "协议条款最多20项。")] IReadOnlyList<string>? AgreementTerms,
    DateOnly? AgreementDate,
    [property: StringLength(1000, ErrorMessage = "说明不能超过1000字。")] string? Reason) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Outcome is not null and not ("agreement" or "failed"))
            yield return new ValidationResult("调解结果只能是 agreement（达成协议）或 failed（调解不成）。", [nameof(Outcome)]);
        if (Outcome == "agreement" && (AgreementTerms is null || AgreementTerms.All(string.IsNullOrWhiteSpace)))
            yield return new ValidationResult("达成协议的，请逐条填写调解协议内容。", [nameof(AgreementTerms)]);
        if (Outcome == "agreement" && AgreementDate is null)
            yield return new ValidationResult("请填写调解协议签订日期。", [nameof(AgreementDate)]);
        if ((AgreementTerms ?? []).Any(t => t?.Length > 500))
            yield return new ValidationResult("每条协议内容不能超过500字。", [nameof(AgreementTerms)]);
    }
}

/// <summary>
/// The mediator's side of 诉前调解: the open mediations, an extension the parties agreed to, and the outcome. Agreement is the
/// parties' application for judicial confirmation (民事诉讼法第二百零五条); failure sends the filing back to review as it stands,
/// so nothing is entered twice.
/// </summary>
internal static class MediationOutcomes
{
    internal static void MapMediationOutcomes(this RouteGroupBuilder mediations)
    {
        mediations.MapGet("/", async (ClaimsPrincipal user, CourtDb db, ReferenceData reference, CancellationToken ct) => MayMediate(user)
                ? Results.Ok(await OpenAsync(db, user, reference, ct)) : LitigationProblem.Forbidden("只有调解员或立案法官可以查看诉前调解。").ToResult())
            .WithSummary("诉前调解案件");
        mediations.MapPost("/{mediationId:guid}/extension", async (Guid mediationId, ExtendMediationRequest request, ClaimsPrincipal user,
                CourtDb db, IAuditLog audit, ReferenceData reference, TimeProvider clock, CancellationToken ct) =>
                (await ExtendAsync(mediationId, request, user, db, audit, reference, clock, ct)).ToResult(TypedResults.Ok))
            .WithSummary("经当事人同意延长调解期限");
        mediations.MapPost("/{mediationId:guid}/outcome", async (Guid mediationId, MediationOutcomeRequest request, ClaimsPrincipal user,
                CourtDb db, CaseProgress progress, StatutoryDeadlines deadlines, IAuditLog audit, ReferenceData reference, TimeProvider clock, CancellationToken ct) =>
                (await RecordAsync(mediationId, request, user, db, progress, deadlines, audit, reference, clock, ct)).ToResult(TypedResults.Ok))
            .WithSummary("记录调解结果");
    }

    internal static bool MayMediate(ClaimsPrincipal user) => user.IsInRole(CourtRoles.Mediator) || user.IsInRole(CourtRoles.FilingClerk);

    /// <summary>
    /// A clerk sees every open mediation; a mediator only those assigned to their own organisation — the parties' details are
    /// entrusted to it, not to every mediator in the city (ADR 0020).
    /// </summary>
    internal static async Task<IQueryable<PreFilingMediation>> VisibleToAsync(CourtDb db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.IsInRole(CourtRoles.FilingClerk)) return db.PreFilingMediations;
        if (!user.IsInRole(CourtRoles.Mediator)) return db.PreFilingMediations.Where(_ => false);
        var userId = user.UserId();
        var organisation = await db.Users.Where(u => u.Id == userId).Select(u => u.MediationOrganisationCode).SingleOrDefaultAsync(ct);
        return db.PreFilingMediations.Where(m => organisation != null && m.OrganisationCode == organisation);
    }

    internal static async Task<IReadOnlyList<MediationView>> OpenAsync(CourtDb db, ClaimsPrincipal user, ReferenceData reference, CancellationToken ct)
    {
        var open = await (await VisibleToAsync(db, user, ct)).AsNoTracking().Where(m => m.ConfirmationCaseId == null)
            .OrderBy(m => m.Deadline).Take(500).ToListAsync(ct);
        var ids = open.Select(m => m.FilingId).ToList();
        var filings = await db.OnlineFilings.AsNoTracking().Include(f => f.Parties).Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        return open.Where(m => filings[m.FilingId].Status == FilingStatus.InMediation).Select(m => MediationView.Of(m, filings[m.FilingId], FilingDocuments.CauseOf(filings[m.FilingId], reference))).ToList();
    }

    internal static async Task<Outcome<MediationView>> ExtendAsync(Guid mediationId, ExtendMediationRequest request, ClaimsPrincipal user, CourtDb db,
        IAuditLog audit, ReferenceData reference, TimeProvider clock, CancellationToken ct)
    {
        var found = await OpenMediationAsync(mediationId, user, db, ct);
        if (found.Problem is { } problem) return problem;
        var (mediation, filing) = found.Value!;
        if (request.PartiesConsent != true) return LitigationProblem.Invalid("延长调解期限须经各方当事人同意。");
        if (mediation.Outcome is not null) return LitigationProblem.Conflict("调解已有结果，不能再延长。");
        mediation.ExtensionDays += request.Days!.Value;
        mediation.Deadline = MediationPeriod.DeadlineFor(DateOnly.FromDateTime(ShanghaiTime.From(mediation.AssignedAt).DateTime), mediation.ExtensionDays);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(new AuditRecord("mediation.extend", CaseNumber: filing.Reference), ct);
        return MediationView.Of(mediation, filing, FilingDocuments.CauseOf(filing, reference));
    }

    internal static async Task<Outcome<MediationView>> RecordAsync(Guid mediationId, MediationOutcomeRequest request, ClaimsPrincipal user,
        CourtDb db, CaseProgress progress, StatutoryDeadlines deadlines, IAuditLog audit, ReferenceData reference, TimeProvider clock, CancellationToken ct)
    {
        var found = await OpenMediationAsync(mediationId, user, db, ct);
        if (found.Problem is { } problem) return problem;
        var (mediation, filing) = found.Value!;
        if (mediation.Outcome is not null) return LitigationProblem.Conflict("调解结果已经记录。");
        var today = ShanghaiTime.Today(clock);
        var agreed = request.Outcome == "agreement";
        if (agreed && today > mediation.Deadline)
            return LitigationProblem.Conflict($"调解期限已于{mediation.Deadline:yyyy年M月d日}届满。各方同意继续调解的，请先延长期限；否则请记录调解不成。");
        if (agreed && request.AgreementDate > today) return LitigationProblem.Invalid("调解协议签订日期不能晚于今天。");

        mediation.Outcome = agreed ? MediationOutcome.Agreement : MediationOutcome.Failed;
        mediation.EndedAt = clock.GetUtcNow().UtcDateTime;
        if (agreed)
        {
            mediation.AgreementTerms = string.Join('\n', request.AgreementTerms!.Where(t => !string.IsNullOrWhiteSpace(t)).Select(FilingText.Clean));
            mediation.AgreementDate = request.AgreementDate;
        }
        else
        {
            mediation.FailureReason = string.IsNullOrWhiteSpace(request.Reason) ? "调解不成" : FilingText.Clean(request.Reason);
            // The filing goes back to review as filed; the seven days start again from today.
            filing.Status = FilingStatus.Submitted;
            filing.ReviewDueOn = (await deadlines.SetAsync(DeadlineKind.FilingReview, filing.Id, today, Filings.SubmitFiling.ReviewDays, "立案审查期限",
                $"/Portals/FilingReview/Filing/{filing.Id}", [], ct)).End;
        }
        var saved = await FilingSaves.SaveAsync(db, filing, clock, ct);
        if (saved.Problem is { } stale) return stale;

        await progress.RecordForFilingAsync(filing.Id, filing.FiledById, ProgressNodeKind.MediationEnded,
            agreed ? "诉前调解达成协议，已申请司法确认" : "诉前调解未达成协议，转入立案审查",
            agreed ? null : mediation.FailureReason, $"filing:{filing.Id}:mediation-ended", ct);
        await audit.WriteAsync(new AuditRecord("mediation." + (agreed ? "agreement" : "failed"), CaseNumber: filing.Reference), ct);
        return MediationView.Of(mediation, filing, FilingDocuments.CauseOf(filing, reference));
    }

    private static async Task<Outcome<(PreFilingMediation Mediation, OnlineFiling Filing)>> OpenMediationAsync(Guid mediationId, ClaimsPrincipal user,
        CourtDb db, CancellationToken ct)
    {
        if (!MayMediate(user)) return LitigationProblem.Forbidden("只有调解员可以记录诉前调解。");
        var mediation = await (await VisibleToAsync(db, user, ct)).SingleOrDefaultAsync(m => m.Id == mediationId, ct);
        if (mediation is null) return LitigationProblem.NotFound("没有找到这件诉前调解。");
        var filing = await db.OnlineFilings.Include(f => f.Parties).SingleAsync(f => f.Id == mediation.FilingId, ct);
        if (filing.Status != FilingStatus.InMediation) return LitigationProblem.Conflict($"这份申请目前状态为“{filing.Status.ChineseName()}”，调解已结束。");
        return (mediation, filing);
    }
}
