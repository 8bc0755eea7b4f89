using Court.Kernel.Audit;
using Microsoft.AspNetCore.Identity;

namespace Court.Host.Identity;

internal enum SignInOutcome { Succeeded, Invalid, LockedOut, Throttled }

/// <summary>A password check's result: the user when it succeeded, until when the account refuses, or how long the address waits.</summary>
internal sealed record SignInCheck(SignInOutcome Outcome, CourtUser? User = null, DateTimeOffset? LockedUntil = null, TimeSpan? RetryAfter = null);

/// <summary>
/// The one password check behind the sign-in page and <c>POST /api/auth/token</c> (ADR 0014): the client address is throttled
/// first; an unknown user name costs the same hash verification as a known one; a wrong password counts against the address,
/// never against the account as a whole; every attempt is audited with the address.
/// </summary>
internal sealed class PasswordSignIn(UserManager<CourtUser> users, SignInManager<CourtUser> signIn, IPasswordHasher<CourtUser> hasher,
    SignInThrottle throttle, IAuditLog audit, TimeProvider clock)
{
    private static readonly CourtUser Nobody = new() { DisplayName = "", UserName = "" };
    private static string? s_unknownUserHash;

    public async Task<SignInCheck> CheckAsync(string action, string userName, string password, string? remoteAddress, CancellationToken ct)
    {
        var address = remoteAddress ?? "unknown";
        if (throttle.AddressMustWait(address) is { } wait)
            return await AuditedAsync(action, userName, null, address, new SignInCheck(SignInOutcome.Throttled, RetryAfter: wait), ct);
        if (throttle.AccountRefuses(address, userName) is { } refused)
            return await AuditedAsync(action, userName, null, address,
                new SignInCheck(SignInOutcome.LockedOut, LockedUntil: clock.GetUtcNow() + refused), ct);

        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            VerifyAgainstUnknownUserHash(password);
            throttle.RecordFailure(address, userName);
            return await AuditedAsync(action, userName, null, address, new SignInCheck(SignInOutcome.Invalid), ct, "UnknownUser");
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: false);
        if (result.IsLockedOut)
            return await AuditedAsync(action, userName, user, address, new SignInCheck(SignInOutcome.LockedOut, LockedUntil: user.LockoutEnd), ct);
        if (!result.Succeeded)
        {
            throttle.RecordFailure(address, userName);
            return await AuditedAsync(action, userName, user, address, new SignInCheck(SignInOutcome.Invalid), ct, "WrongPassword");
        }
        throttle.RecordSuccess(address, userName);
        return await AuditedAsync(action, userName, user, address, new SignInCheck(SignInOutcome.Succeeded, user), ct);
    }

    /// <summary>An unknown user name takes as long as a wrong password: the same hasher verifies against a hash of a random password.</summary>
    private void VerifyAgainstUnknownUserHash(string password)
    {
        s_unknownUserHash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
        hasher.VerifyHashedPassword(Nobody, s_unknownUserHash, password);
    }

    private async Task<SignInCheck> AuditedAsync(string action, string userName, CourtUser? user, string address, SignInCheck check,
        CancellationToken ct, string? outcome = null)
    {
        await audit.WriteAsync(new AuditRecord(action, Target: user?.UserName ?? userName, Outcome: outcome ?? check.Outcome.ToString()),
            new AuditActor(user?.Id, userName, null, address), ct);
        return check;
    }
}
