using System.Security.Claims;
using Court.Host.Access;
using Court.Host.Identity;
using Court.Host.Persistence;
using Court.Kernel.Access;
using Court.Kernel.Cases;
using Court.Host.Features.Me;
using Court.Seeds.Reference;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Cases;

/// <summary>The case register as modules see it. Visibility follows the same rule as <see cref="CaseAccessHandler"/>.</summary>
internal sealed class CaseDirectory(CourtDb db, ReferenceData reference) : ICaseDirectory
{
    public async Task<CaseSummaryInfo?> FindAsync(Guid caseId, CancellationToken ct = default) =>
        (await FindManyAsync([caseId], ct)).SingleOrDefault();

    public async Task<IReadOnlyList<CaseSummaryInfo>> FindManyAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken ct = default)
    {
        var found = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Number, c.CourtCode, c.TypeCode, c.Title, c.Status, c.FiledAt })
            .ToListAsync(ct);
        return found.Select(c => new CaseSummaryInfo(c.Id, c.Number, c.CourtCode,
            reference.Courts.TryGet(c.CourtCode, out var court) ? court.Name : c.CourtCode, c.TypeCode, c.Title,
            c.Status == CaseStatus.Closed, c.FiledAt)).ToList();
    }

    public async Task<IReadOnlyList<CaseVisibility>> VisibleToAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.TryGetUserId(out var userId)) return [];
        var roles = await db.CaseParticipants.AsNoTracking()
            .Where(p => p.UserId == userId)
            .Select(p => new { p.CaseId, p.Role })
            .ToListAsync(ct);
        return roles.GroupBy(r => r.CaseId)
            .Select(g => new CaseVisibility(g.Key, g.Any(r => CaseAccessHandler.Allows(r.Role, CaseOperations.ReadInternalVolume))))
            .ToList();
    }

    public async Task<PersonInfo?> DescribeUserAsync(Guid userId, CancellationToken ct = default)
    {
        var user = await db.Set<CourtUser>().AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.DisplayName, u.IdentifierNumber }).SingleOrDefaultAsync(ct);
        return user is null ? null : new PersonInfo(userId, user.DisplayName, GetMe.MaskIdentifier(user.IdentifierNumber));
    }

    public async Task<CaseLinkKind?> LinkBetweenAsync(Guid caseId, Guid otherCaseId, CancellationToken ct = default) =>
        await db.Cases.AsNoTracking()
            .Where(c => (c.Id == caseId && c.ArisesFromCaseId == otherCaseId) || (c.Id == otherCaseId && c.ArisesFromCaseId == caseId))
            .Select(c => c.ArisesAs)
            .FirstOrDefaultAsync(ct);
}
