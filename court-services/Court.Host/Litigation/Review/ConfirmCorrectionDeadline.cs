using System.Security.Claims;
using Court.Host.Access;
using Court.Host.Calendar;
using Court.Host.Litigation.Filings;
using Court.Host.Persistence;
using Court.Kernel.Audit;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Review;

internal sealed record ConfirmedDeadlineView(Guid FilingId, DateOnly CorrectBy);

/// <summary>
/// DOMAIN.md §6: a correction term counted on inferred holidays lapses nothing until it is confirmed — by a loaded notice, or here
/// by the filing clerk, who has checked the date against the published arrangement. After that the daily lapsing job may act on it.
/// </summary>
internal static class ConfirmCorrectionDeadline
{
    internal static void MapConfirmCorrectionDeadline(this RouteGroupBuilder review) =>
        review.MapPost("/{filingId:guid}/correction-deadline/confirmation", async (Guid filingId, ClaimsPrincipal user, CourtDb db,
                IAuditLog audit, TimeProvider clock, CancellationToken ct) =>
                (await HandleAsync(filingId, user, db, audit, clock, ct)).ToResult(TypedResults.Ok))
            .WithSummary("确认按法定节日推算的补正期限");

    internal static async Task<Outcome<ConfirmedDeadlineView>> HandleAsync(Guid filingId, ClaimsPrincipal user, CourtDb db, IAuditLog audit,
        TimeProvider clock, CancellationToken ct)
    {
        if (!user.IsFilingClerk()) return LitigationProblem.Forbidden("只有立案法官可以确认补正期限。");
        if (await FilingAccess.FindAsync(db, user, filingId, ct) is not { Filing: var filing }) return LitigationProblem.FilingNotFound;
        if (filing.Status != FilingStatus.CorrectionRequested || filing.CorrectBy is not { } correctBy)
            return LitigationProblem.Conflict($"这份申请目前状态为“{filing.Status.ChineseName()}”，没有待确认的补正期限。");
        var deadline = await db.ProvisionalDeadlines
            .SingleOrDefaultAsync(d => d.SubjectId == filingId && d.Kind == DeadlineKind.FilingCorrection && d.SettledAt == null, ct);
        if (deadline is null) return LitigationProblem.Conflict("补正期限已按国务院公布的放假安排确定，无需再确认。");
        deadline.Confirm(user.UserId(), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(new AuditRecord("filing.correction-deadline-confirmed", CaseNumber: filing.Reference), ct);
        return new ConfirmedDeadlineView(filingId, correctBy);
    }
}
