using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Court.Host.Identity;
using Court.Kernel.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Court.Host.Features.Admin;

internal sealed record SetRolesRequest([property: Required(ErrorMessage = "请列出角色。")] IReadOnlyList<string>? Roles);

internal sealed record TemporaryPasswordView(string UserName, string TemporaryPassword);

/// <summary>
/// The court admin's account changes over the API (the 用户与角色 page does the same through <see cref="UserAdministration"/>). Each
/// change of roles, password or state changes the security stamp, so a session issued before it stops at its next request (ADR 0014).
/// </summary>
internal static class ManageUsers
{
    internal static void MapManageUsers(this RouteGroupBuilder api)
    {
        api.MapPost("/admin/users", CreateAsync).RequireAuthorization(Policies.CourtAdmin).WithSummary("创建用户（返回只显示一次的临时密码）");
        var users = api.MapGroup("/admin/users/{userName}").RequireAuthorization(Policies.CourtAdmin);
        users.MapPut("/roles", SetRolesAsync).WithSummary("设置用户角色（该用户此前的令牌和会话失效）");
        users.MapPost("/disabling", DisableAsync).WithSummary("停用账户（该用户此前的令牌和会话失效）");
        users.MapPost("/enabling", EnableAsync).WithSummary("启用已停用的账户");
        users.MapPost("/password-reset", ResetPasswordAsync).WithSummary("重置密码（返回只显示一次的临时密码，登录后须修改）");
    }

    internal static async Task<Results<Created<TemporaryPasswordView>, ProblemHttpResult>> CreateAsync(CreateUserRequest request,
        UserAdministration admin, CancellationToken ct)
    {
        var (created, refused) = await admin.CreateAsync(request, ct);
        return refused is not null ? Problem(refused)
            : TypedResults.Created($"/api/admin/users/{created!.UserName}", new TemporaryPasswordView(created.UserName, created.TemporaryPassword));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> SetRolesAsync(string userName, SetRolesRequest request, ClaimsPrincipal user,
        UserAdministration admin, CancellationToken ct) =>
        await admin.SetRolesAsync(user, userName, request.Roles!, ct) is { } refused ? Problem(refused) : TypedResults.NoContent();

    internal static async Task<Results<NoContent, ProblemHttpResult>> DisableAsync(string userName, ClaimsPrincipal user, UserAdministration admin,
        CancellationToken ct) =>
        await admin.DisableAsync(user, userName, ct) is { } refused ? Problem(refused) : TypedResults.NoContent();

    internal static async Task<Results<NoContent, ProblemHttpResult>> EnableAsync(string userName, ClaimsPrincipal user, UserAdministration admin,
        CancellationToken ct) =>
        await admin.EnableAsync(user, userName, ct) is { } refused ? Problem(refused) : TypedResults.NoContent();

    internal static async Task<Results<Ok<TemporaryPasswordView>, ProblemHttpResult>> ResetPasswordAsync(string userName, ClaimsPrincipal user,
        UserAdministration admin, CancellationToken ct)
    {
        var (password, refused) = await admin.ResetPasswordAsync(user, userName, ct);
        return refused is not null ? Problem(refused) : TypedResults.Ok(new TemporaryPasswordView(userName, password!));
    }

    private static ProblemHttpResult Problem(AdminRefusal refused) => refused.NotFound
        ? TypedResults.Problem(type: ProblemTypes.NotFound, title: "User not found", statusCode: StatusCodes.Status404NotFound, detail: refused.Detail)
        : TypedResults.Problem(type: ProblemTypes.Validation, title: "Account change refused", statusCode: StatusCodes.Status400BadRequest,
            detail: refused.Detail);
}
