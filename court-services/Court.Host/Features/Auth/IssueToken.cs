using System.ComponentModel.DataAnnotations;
using Court.Host.Audit;
using Court.Host.Identity;
using Court.Host.Problems;
using Court.Kernel.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Court.Host.Features.Auth;

internal sealed record TokenRequest(
    [property: Required(ErrorMessage = "请填写用户名。"), StringLength(256, ErrorMessage = "用户名过长。")] string UserName,
    [property: Required(ErrorMessage = "请填写密码。"), StringLength(256, ErrorMessage = "密码过长。")] string Password);

internal sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);

/// <summary>Bearer tokens for API clients (lawyers' case-management software, the court's own integrations).</summary>
internal static class IssueToken
{
    internal static void MapIssueToken(this RouteGroupBuilder api) =>
        api.MapPost("/auth/token", HandleAsync).AllowAnonymous().WithName("IssueToken")
            .WithSummary("以用户名和密码换取访问令牌");

    internal static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> HandleAsync(
        TokenRequest request, UserManager<CourtUser> users, SignInManager<CourtUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock, IAuditLog audit, HttpContext http, CancellationToken ct)
    {
        var remote = http.Connection.RemoteIpAddress?.ToString();
        var user = await users.FindByNameAsync(request.UserName);
        if (user is null)
        {
            await audit.WriteAsync(new AuditRecord("IssueToken", Target: request.UserName, Outcome: "UnknownUser"), new AuditActor(null, request.UserName, null, remote), ct);
            return CourtProblems.InvalidCredentials();
        }

        var check = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            await audit.WriteAsync(new AuditRecord("IssueToken", Target: user.UserName, Outcome: check.AuditOutcome()), new AuditActor(user.Id, user.UserName, null, remote), ct);
            return check.IsLockedOut ? CourtProblems.AccountLocked(user.LockoutEnd) : CourtProblems.InvalidCredentials();
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        var options = bearer.Get(IdentityConstants.BearerScheme);
        var expiresAt = clock.GetUtcNow() + options.BearerTokenExpiration;
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = expiresAt }, IdentityConstants.BearerScheme);
        await audit.WriteAsync(new AuditRecord("IssueToken", Target: user.UserName), new AuditActor(user.Id, user.UserName, null, remote), ct);
        return TypedResults.Ok(new TokenResponse(options.BearerTokenProtector.Protect(ticket), expiresAt));
    }
}
