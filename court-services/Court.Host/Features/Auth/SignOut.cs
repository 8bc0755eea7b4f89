using Court.Host.Identity;
using Court.Kernel.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Court.Host.Features.Auth;

/// <summary>Sign-out for API clients: the account's security stamp changes, so this token and every other session end (ADR 0014).</summary>
internal static class SignOut
{
    internal static void MapSignOut(this RouteGroupBuilder api) =>
        api.MapPost("/auth/sign-out", HandleAsync).RequireAuthorization().WithSummary("退出登录（令牌和会话全部失效）");

    internal static async Task<Results<NoContent, UnauthorizedHttpResult>> HandleAsync(HttpContext http, UserManager<CourtUser> users,
        IAuditLog audit, CancellationToken ct)
    {
        if (await users.GetUserAsync(http.User) is not { } user) return TypedResults.Unauthorized();
        await users.RevokeSessionsAsync(user);
        await audit.WriteAsync(new AuditRecord("SignOut", Target: user.UserName), ct);
        return TypedResults.NoContent();
    }
}
