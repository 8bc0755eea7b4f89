using System.ComponentModel.DataAnnotations;
using Court.Host.Identity;
using Court.Kernel.Audit;
using Court.Kernel.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Court.Host.Features.Me;

internal sealed record ChangePasswordRequest(
    [property: Required(ErrorMessage = "请填写当前密码。"), StringLength(256, ErrorMessage = "密码过长。")] string? CurrentPassword,
    [property: Required(ErrorMessage = "请设置新密码。"), StringLength(128, MinimumLength = 10, ErrorMessage = "新密码至少10位。")]
    string? NewPassword);

/// <summary>修改密码: Identity changes the security stamp with the password, so every session issued before ends (ADR 0014).</summary>
internal static class ChangePassword
{
    internal static void MapChangePassword(this RouteGroupBuilder api) =>
        api.MapPost("/me/password", HandleAsync).RequireAuthorization().WithSummary("修改密码（此前的令牌和会话全部失效）");

    internal static async Task<Results<NoContent, UnauthorizedHttpResult, ProblemHttpResult>> HandleAsync(ChangePasswordRequest request,
        HttpContext http, UserManager<CourtUser> users, IAuditLog audit, CancellationToken ct)
    {
        if (await users.GetUserAsync(http.User) is not { } user) return TypedResults.Unauthorized();
        var changed = await ChangeAsync(users, user, request.CurrentPassword!, request.NewPassword!);
        var outcome = changed.Succeeded ? "Succeeded" : "Refused";
        await audit.WriteAsync(new AuditRecord("ChangePassword", Target: user.UserName, Outcome: outcome), ct);
        if (changed.Succeeded) return TypedResults.NoContent();
        return TypedResults.Problem(type: ProblemTypes.Validation, title: "Password not changed", statusCode: StatusCodes.Status400BadRequest,
            detail: Refusal(changed));
    }

    /// <summary>Changing the password also ends the temporary one's restriction; shared with the 修改密码 page.</summary>
    internal static async Task<IdentityResult> ChangeAsync(UserManager<CourtUser> users, CourtUser user, string current, string next)
    {
        var wasTemporary = user.MustChangePassword;
        user.MustChangePassword = false;
        var changed = await users.ChangePasswordAsync(user, current, next);
        if (!changed.Succeeded) user.MustChangePassword = wasTemporary;
        return changed;
    }

    internal static string Refusal(IdentityResult changed) =>
        changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
            ? "当前密码不正确，密码未修改。" : "新密码不符合要求：至少10位，须包含数字和大小写字母。";
}
