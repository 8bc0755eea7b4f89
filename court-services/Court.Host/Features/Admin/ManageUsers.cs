using System.ComponentModel.DataAnnotations;
using Court.Host.Identity;
using Court.Kernel.Access;
using Court.Kernel.Audit;
using Court.Kernel.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Court.Host.Features.Admin;

internal sealed record SetRolesRequest([property: Required(ErrorMessage = "请列出角色。")] IReadOnlyList<string>? Roles);

/// <summary>
/// The court admin's account changes: roles and disabling. Each changes the security stamp, so a session issued under the old
/// roles, or before the account was disabled, stops working at its next request (ADR 0014).
/// </summary>
internal static class ManageUsers
{
    internal static void MapManageUsers(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/admin/users/{userName}").RequireAuthorization(Policies.CourtAdmin);
        users.MapPut("/roles", SetRolesAsync).WithSummary("设置用户角色（该用户此前的令牌和会话失效）");
        users.MapPost("/disabling", DisableAsync).WithSummary("停用账户（该用户此前的令牌和会话失效）");
    }

    internal static async Task<Results<NoContent, NotFound, ProblemHttpResult>> SetRolesAsync(string userName, SetRolesRequest request,
        UserManager<CourtUser> users, IAuditLog audit, CancellationToken ct)
    {
        if (await users.FindByNameAsync(userName) is not { } user) return TypedResults.NotFound();
        var wanted = request.Roles!.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.FirstOrDefault(r => !CourtRoles.ChineseNames.ContainsKey(r)) is { } unknown)
            return TypedResults.Problem(type: ProblemTypes.Validation, title: "Unknown role", statusCode: StatusCodes.Status400BadRequest,
                detail: $"没有“{unknown}”这个角色。可用角色：{string.Join("、", CourtRoles.All)}。");
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(wanted, StringComparer.Ordinal));
        await users.AddToRolesAsync(user, wanted.Except(current, StringComparer.Ordinal));
        await users.RevokeSessionsAsync(user);
        await audit.WriteAsync(new AuditRecord("admin.set-roles", Target: userName, Outcome: string.Join(',', wanted)), ct);
        return TypedResults.NoContent();
    }

    internal static async Task<Results<NoContent, NotFound>> DisableAsync(string userName, UserManager<CourtUser> users, IAuditLog audit,
        CancellationToken ct)
    {
        if (await users.FindByNameAsync(userName) is not { } user) return TypedResults.NotFound();
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.RevokeSessionsAsync(user);
        await audit.WriteAsync(new AuditRecord("admin.disable", Target: userName), ct);
        return TypedResults.NoContent();
    }
}
