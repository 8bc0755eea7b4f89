using System.Security.Claims;
using Court.GovData.Bridge.V1;
using Court.Host.Access;
using Court.Host.Persistence;
using Court.Kernel.Access;
using Court.Kernel.Audit;
using Court.Kernel.GovData;
using Court.Seeds.Reference;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.GovData;

/// <summary>
/// Signs a grant only for a user assigned to the case, for a purpose that fits the case type and the user's role
/// (<see cref="GovDataPolicy"/>). A refusal is audited like a query, with the reason.
/// </summary>
internal sealed class GovDataGrants(CourtDb db, GrantSigningKey key, IAuditLog audit, TimeProvider clock, ReferenceData reference) : IGovDataGrants
{
    public static readonly TimeSpan Lifetime = GovDataGrantCodec.MaxLifetime;

    public async Task<GovDataGrantResult> IssueForCaseAsync(
        ClaimsPrincipal user, Guid caseId, Purpose purpose, IReadOnlyCollection<GovDataCategory> categories, CancellationToken ct = default)
    {
        if (!user.TryGetUserId(out var userId)) return GovDataGrantResult.Denied("请先登录。");

        var found = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => new { c.Number, c.TypeCode }).SingleOrDefaultAsync(ct);
        if (found is null) return GovDataGrantResult.Denied("没有找到这个案件。");

        var roles = await db.CaseParticipants.AsNoTracking()
            .Where(p => p.CaseId == caseId && p.UserId == userId).Select(p => p.Role).ToListAsync(ct);
        var category = reference.CaseTypes.Get(found.TypeCode).Category;
        var decisions = roles.Select(role => (Role: role, Decision: GovDataPolicy.Decide(purpose, category, role, categories))).ToList();
        var allowed = decisions.FirstOrDefault(d => d.Decision.Allowed);

        if (allowed.Decision is null)
        {
            var reason = roles.Count == 0 ? "您不是本案的承办人员，不能查询政务数据。" : decisions[0].Decision.Reason!;
            await audit.WriteAsync(new AuditRecord("govdata.grant", caseId, found.Number, purpose.ChineseName(),
                string.Join(',', categories), Outcome: "Denied"), ct);
            return GovDataGrantResult.Denied(reason);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var grant = new GovDataGrant
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            CaseId = caseId,
            CaseNumber = found.Number,
            Purpose = purpose,
            UserId = userId,
            UserName = user.Identity?.Name ?? userId.ToString(),
            Role = allowed.Role.ToString(),
            Categories = categories.Distinct().Order().ToList(),
            IssuedAt = now,
            ExpiresAt = now + Lifetime,
        };
        return new GovDataGrantResult(grant, GovDataGrantCodec.Sign(grant, key.Key), null);
    }

    public async Task<GovDataGrantResult> IssueForFilingAsync(
        ClaimsPrincipal user, string filingReference, IReadOnlyCollection<GovDataCategory> categories, CancellationToken ct = default)
    {
        if (!user.TryGetUserId(out var userId)) return GovDataGrantResult.Denied("请先登录。");

        var filing = await db.OnlineFilings.AsNoTracking().Where(f => f.Reference == filingReference)
            .Select(f => new { f.FiledById }).SingleOrDefaultAsync(ct);
        if (filing is null) return GovDataGrantResult.Denied("没有找到这份立案申请。");

        var clerk = user.IsInRole(CourtRoles.FilingClerk);
        var decision = filing.FiledById == userId || clerk
            ? GovDataPolicy.DecideForFilingDraft(Purpose.FilingVerification, categories)
            : GovDataDecision.Deny("只有立案申请人或立案法官可以核验当事人信息。");
        if (!decision.Allowed)
        {
            await audit.WriteAsync(new AuditRecord("govdata.grant", CaseNumber: filingReference, Purpose: Purpose.FilingVerification.ChineseName(),
                Target: string.Join(',', categories), Outcome: "Denied"), ct);
            return GovDataGrantResult.Denied(decision.Reason!);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var grant = new GovDataGrant
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            FilingReference = filingReference,
            Purpose = Purpose.FilingVerification,
            UserId = userId,
            UserName = user.Identity?.Name ?? userId.ToString(),
            Role = clerk ? nameof(CaseRole.FilingClerk) : "Filer",
            Categories = categories.Distinct().Order().ToList(),
            IssuedAt = now,
            ExpiresAt = now + Lifetime,
        };
        return new GovDataGrantResult(grant, GovDataGrantCodec.Sign(grant, key.Key), null);
    }

    public Task<GovDataGrantResult> IssueForRealNameVerificationAsync(Guid accountId, string userName, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var grant = new GovDataGrant
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            FilingReference = IGovDataGrants.RealNameReference(userName),
            Purpose = Purpose.RealNameVerification,
            UserId = accountId,
            UserName = userName,
            Role = "Registrant",
            Categories = [GovDataCategory.Subject],
            IssuedAt = now,
            ExpiresAt = now + Lifetime,
        };
        return Task.FromResult(new GovDataGrantResult(grant, GovDataGrantCodec.Sign(grant, key.Key), null));
    }
}
