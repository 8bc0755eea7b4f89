using Microsoft.AspNetCore.Authorization;

namespace Court.Kernel.Access;

/// <summary>The resource a case-level authorisation check is made against.</summary>
public sealed record CaseResource(Guid CaseId);

/// <summary>
/// What a caller wants to do with a case. Modules call
/// <c>IAuthorizationService.AuthorizeAsync(user, new CaseResource(id), CaseOperations.Read)</c>;
/// the host's handler decides from the case's participants.
/// </summary>
public sealed class CaseOperation(string name) : IAuthorizationRequirement
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}

public static class CaseOperations
{
    /// <summary>See the case and its open volume (正卷): anyone with a role in the case.</summary>
    public static readonly CaseOperation Read = new(nameof(Read));

    /// <summary>See the internal volume (副卷): the bench only, never parties or counsel.</summary>
    public static readonly CaseOperation ReadInternalVolume = new(nameof(ReadInternalVolume));

    /// <summary>Act for the court in the case (decide, issue, query government data): court staff assigned to it.</summary>
    public static readonly CaseOperation ActForCourt = new(nameof(ActForCourt));
}
