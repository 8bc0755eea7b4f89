using System.Security.Claims;

namespace Court.Kernel.Cases;

/// <summary>What a module may know of a registered case.</summary>
public sealed record CaseSummaryInfo(Guid Id, string Number, string CourtCode, string CourtName, string TypeCode, string Title, bool IsClosed, DateTime FiledAt);

/// <summary>A case the caller may see, and whether they may also see its internal volume (副卷).</summary>
public sealed record CaseVisibility(Guid CaseId, bool InternalVolume);

/// <summary>A user as documents name them: display name and the identifier masked (ADR 0006).</summary>
public sealed record PersonInfo(Guid UserId, string DisplayName, string? MaskedIdentifier);

/// <summary>The host's case register as other modules see it; the host implements it.</summary>
public interface ICaseDirectory
{
    Task<CaseSummaryInfo?> FindAsync(Guid caseId, CancellationToken ct = default);

    Task<IReadOnlyList<CaseSummaryInfo>> FindManyAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken ct = default);

    /// <summary>Every case <paramref name="user"/> has a role in, with the volumes that role opens; empty for nobody.</summary>
    Task<IReadOnlyList<CaseVisibility>> VisibleToAsync(ClaimsPrincipal user, CancellationToken ct = default);

    Task<PersonInfo?> DescribeUserAsync(Guid userId, CancellationToken ct = default);

    /// <summary>How the two cases are linked by procedure (either arises from the other), or null for unrelated cases.</summary>
    Task<CaseLinkKind?> LinkBetweenAsync(Guid caseId, Guid otherCaseId, CancellationToken ct = default);
}
