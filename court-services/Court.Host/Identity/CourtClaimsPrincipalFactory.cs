using System.Security.Claims;
using Court.Kernel.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Court.Host.Identity;

/// <summary>Puts the account's display name in every cookie and token, so pages and documents name people, not user names.</summary>
internal sealed class CourtClaimsPrincipalFactory(UserManager<CourtUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CourtUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CourtUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CourtClaims.DisplayNameType, user.DisplayName));
        return identity;
    }
}
