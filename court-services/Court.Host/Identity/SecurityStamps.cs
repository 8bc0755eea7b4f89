using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Court.Host.Identity;

/// <summary>
/// Revocation (issue 11 finding 11, ADR 0014): cookies and bearer tokens carry the account's security stamp, checked on every request;
/// sign-out, a password change, a role change and disabling change the stamp, so every session issued before stops working.
/// </summary>
internal static class SecurityStamps
{
    /// <summary>Cookies: Identity's own validator, on every request instead of every 30 minutes.</summary>
    public static IServiceCollection CheckSecurityStampOnEveryRequest(this IServiceCollection services)
    {
        // AddIdentityCore, unlike AddIdentity, does not register the validator the cookie's OnValidatePrincipal calls.
        services.TryAddScoped<ISecurityStampValidator, SecurityStampValidator<CourtUser>>();
        return services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
    }

    /// <summary>Bearer tokens have no validator of their own: the token is read here and refused when its stamp is stale.</summary>
    public static async Task RefuseStaleTokenAsync(MessageReceivedContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return;
        var ticket = context.Options.BearerTokenProtector.Unprotect(header["Bearer ".Length..].Trim());
        if (ticket?.Principal is not { } principal) return;
        var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<CourtUser>>();
        if (await signIn.ValidateSecurityStampAsync(principal) is null) context.Fail("The token was revoked.");
    }

    /// <summary>Every change that must end the sessions issued before it goes through here.</summary>
    public static async Task RevokeSessionsAsync(this UserManager<CourtUser> users, CourtUser user)
    {
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded) throw new InvalidOperationException("The security stamp could not be changed: " + result.Errors.First().Code);
    }
}
