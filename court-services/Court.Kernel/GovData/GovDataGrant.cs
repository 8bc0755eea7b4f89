using Court.GovData.Bridge.V1;

namespace Court.Kernel.GovData;

/// <summary>
/// A short-lived authorisation the court host signs for one user, one case (or filing draft), one purpose and a set of
/// data categories. The bridge trusts nothing else: a bare case number in a request proves nothing.
/// </summary>
public sealed record GovDataGrant
{
    public required Guid Id { get; init; }
    public Guid? CaseId { get; init; }

    /// <summary>案号; empty for a filing draft.</summary>
    public string CaseNumber { get; init; } = "";

    /// <summary>The online filing reference when there is no case yet.</summary>
    public string FilingReference { get; init; } = "";

    public required Purpose Purpose { get; init; }
    public required Guid UserId { get; init; }
    public required string UserName { get; init; }

    /// <summary>The user's role in the case (e.g. EnforcementOfficer), for the audit log.</summary>
    public required string Role { get; init; }

    public required IReadOnlyList<GovDataCategory> Categories { get; init; }
    public required DateTime IssuedAt { get; init; }
    public required DateTime ExpiresAt { get; init; }

    /// <summary>The case number or, before filing, the filing reference: what requests must name.</summary>
    public string Reference => CaseNumber.Length > 0 ? CaseNumber : FilingReference;

    public bool Covers(GovDataCategory category) => Categories.Contains(category);
}
