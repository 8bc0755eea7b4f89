using Microsoft.AspNetCore.Identity;

namespace Court.Host.Identity;

internal static class SignInOutcomes
{
    /// <summary>How a password check is recorded in the audit log, the same for page sign-in and API tokens.</summary>
    public static string AuditOutcome(this SignInResult result) =>
        result.Succeeded ? "Succeeded" : result.IsLockedOut ? "LockedOut" : "WrongPassword";
}
