using Microsoft.AspNetCore.Identity;

namespace Court.Host.Identity;

internal sealed class CourtUser : IdentityUser<Guid>
{
    /// <summary>The name shown to others: a person's real name or an organisation's registered name.</summary>
    public required string DisplayName { get; set; }

    /// <summary>Resident ID number or unified social credit code; shown masked to anyone but the user.</summary>
    public string? IdentifierNumber { get; set; }

    public DateTime CreatedAt { get; set; }
}
