using System.Security.Claims;
using Court.Host.Access;
using Court.Host.Persistence;
using Court.Kernel.Access;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Filings;

/// <summary>How the caller stands to an online filing. Anyone else is told it does not exist, so references cannot be probed.</summary>
internal enum FilingViewer
{
    None,

    /// <summary>Filed it: may edit a draft or a filing sent back for correction, pay, and resubmit.</summary>
    Filer,

    /// <summary>A plaintiff named in it with an account (e.g. a lawyer's client): may read.</summary>
    Party,

    /// <summary>A filing clerk: reviews every filing of the court.</summary>
    Clerk,
}

internal static class FilingAccess
{
    public static bool IsFilingClerk(this ClaimsPrincipal user) => user.IsInRole(CourtRoles.FilingClerk);

    public static FilingViewer ViewerOf(ClaimsPrincipal user, OnlineFiling filing)
    {
        if (!user.TryGetUserId(out var userId)) return FilingViewer.None;
        if (filing.FiledById == userId) return FilingViewer.Filer;
        if (user.IsFilingClerk()) return FilingViewer.Clerk;
        return filing.Parties.Any(p => p.UserId == userId && p.Side == PartySide.Plaintiff) ? FilingViewer.Party : FilingViewer.None;
    }

    /// <summary>The filing with its parties, when the caller may see it at all.</summary>
    public static async Task<(OnlineFiling Filing, FilingViewer Viewer)?> FindAsync(CourtDb db, ClaimsPrincipal user, Guid filingId, CancellationToken ct)
    {
        var filing = await db.OnlineFilings.Include(f => f.Parties).SingleOrDefaultAsync(f => f.Id == filingId, ct);
        if (filing is null) return null;
        filing.Parties.Sort((a, b) => a.Order.CompareTo(b.Order));
        var viewer = ViewerOf(user, filing);
        return viewer == FilingViewer.None ? null : (filing, viewer);
    }

    /// <summary>The filing for its filer to change: only while it is a draft or sent back for correction.</summary>
    public static async Task<Outcome<OnlineFiling>> FindEditableAsync(CourtDb db, ClaimsPrincipal user, Guid filingId, int? version, CancellationToken ct)
    {
        var found = await FindAsync(db, user, filingId, ct);
        if (found is not { Viewer: FilingViewer.Filer, Filing: var filing }) return LitigationProblem.FilingNotFound;
        if (!filing.IsEditable)
            return LitigationProblem.Conflict($"这份申请目前状态为“{filing.Status.ChineseName()}”，不能再修改。");
        if (version is { } expected && expected != filing.Version) return LitigationProblem.StaleVersion;
        return filing;
    }
}
