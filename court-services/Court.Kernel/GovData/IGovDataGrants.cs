using System.Security.Claims;
using Court.GovData.Bridge.V1;

namespace Court.Kernel.GovData;

/// <summary>A signed grant, or why there is none (a Chinese reason the user can act on).</summary>
public sealed record GovDataGrantResult(GovDataGrant? Grant, string? Token, string? DeniedReason)
{
    public bool Granted => Token is not null;

    public static GovDataGrantResult Denied(string reason) => new(null, null, reason);
}

/// <summary>
/// Issued by the court host, which knows the cases: a grant only for a user assigned to the case whose purpose fits
/// the case type (<see cref="GovDataPolicy"/>). Refusals are audited too.
/// </summary>
public interface IGovDataGrants
{
    Task<GovDataGrantResult> IssueForCaseAsync(
        ClaimsPrincipal user, Guid caseId, Purpose purpose, IReadOnlyCollection<GovDataCategory> categories, CancellationToken ct = default);

    /// <summary>
    /// Before there is a case: a grant for the filer of the online filing <paramref name="filingReference"/> (or a filing clerk)
    /// to check who the parties are — purpose filing verification, subject data only (<see cref="GovDataPolicy.DecideForFilingDraft"/>).
    /// </summary>
    Task<GovDataGrantResult> IssueForFilingAsync(
        ClaimsPrincipal user, string filingReference, IReadOnlyCollection<GovDataCategory> categories, CancellationToken ct = default);

    /// <summary>
    /// For an account being opened (no one is signed in yet): a grant to ask whether <paramref name="userName"/>'s name matches
    /// the ID number they gave — purpose real-name verification, subject data only, referenced as <see cref="RealNameReference"/>
    /// so the data subject's log shows which account asked.
    /// </summary>
    Task<GovDataGrantResult> IssueForRealNameVerificationAsync(Guid accountId, string userName, CancellationToken ct = default);

    /// <summary>What a real-name check names instead of a case number: the account being opened.</summary>
    static string RealNameReference(string userName) => $"账户注册：{userName}";
}
