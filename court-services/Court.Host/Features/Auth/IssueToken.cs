using System.ComponentModel.DataAnnotations;
using Court.Host.Identity;
using Court.Host.Problems;
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
        TokenRequest request, PasswordSignIn passwords, SignInManager<CourtUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var check = await passwords.CheckAsync("IssueToken", request.UserName, request.Password, http.Connection.RemoteIpAddress?.ToString(), ct);
        switch (check.Outcome)
        {
            case SignInOutcome.Throttled:
                http.Response.Headers.RetryAfter = CourtProblems.RetryAfterSeconds(check.RetryAfter!.Value);
                return CourtProblems.TooManySignIns(check.RetryAfter!.Value);
            case SignInOutcome.LockedOut:
                return CourtProblems.AccountLocked(check.LockedUntil);
            case SignInOutcome.Invalid:
                return CourtProblems.InvalidCredentials();
        }

        var user = check.User!;
        if (user.MustChangePassword)
            return TypedResults.Problem(type: "/problems/password-change-required", title: "Password change required", statusCode: StatusCodes.Status403Forbidden,
                detail: "这是法院发放的临时密码，请先在网页登录并设置您自己的密码，再申请接口令牌。");
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var options = bearer.Get(IdentityConstants.BearerScheme);
        var expiresAt = clock.GetUtcNow() + options.BearerTokenExpiration;
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = expiresAt }, IdentityConstants.BearerScheme);
        return TypedResults.Ok(new TokenResponse(options.BearerTokenProtector.Protect(ticket), expiresAt));
    }
}
