using System.Security.Claims;
using Court.Host.Access;
using Court.Host.Persistence;
using Court.Kernel.Audit;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Filings;

/// <summary>
/// 删除草稿: the filer removes a draft never submitted, with its parties and the powers of attorney given for it (they were for this
/// filing only). A filing that was submitted once is the court's record and is never deleted.
/// </summary>
internal static class DeleteDraft
{
    internal static void MapDeleteDraft(this RouteGroupBuilder filings) =>
        filings.MapDelete("/{filingId:guid}", async (Guid filingId, ClaimsPrincipal user, CourtDb db, IAuditLog audit, CancellationToken ct) =>
                await HandleAsync(filingId, user, db, audit, ct) is { } problem ? problem.ToResult() : TypedResults.NoContent())
            .WithSummary("删除立案申请草稿");

    internal static async Task<LitigationProblem?> HandleAsync(Guid filingId, ClaimsPrincipal user, CourtDb db, IAuditLog audit, CancellationToken ct)
    {
        var userId = user.UserId();
        var filing = await db.OnlineFilings.Include(f => f.Parties).SingleOrDefaultAsync(f => f.Id == filingId && f.FiledById == userId, ct);
        if (filing is null) return LitigationProblem.FilingNotFound;
        if (filing.Status != FilingStatus.Draft || filing.Round > 0)
            return LitigationProblem.Conflict("这份申请已经提交过，不能删除；如需撤回，请联系立案庭。");
        var grants = await db.PowersOfAttorney.Where(g => g.FilingId == filingId).ToListAsync(ct);
        db.PowersOfAttorney.RemoveRange(grants);
        db.OnlineFilings.Remove(filing);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(new AuditRecord("filing.draft.delete", CaseNumber: filing.Reference, Target: filing.Id.ToString()), ct);
        return null;
    }
}
