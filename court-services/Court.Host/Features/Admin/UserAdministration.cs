using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Court.Host.Identity;
using Court.Kernel.Access;
using Court.Kernel.Audit;
using Court.Seeds.Reference;
using Microsoft.AspNetCore.Identity;

namespace Court.Host.Features.Admin;

internal sealed record CreateUserRequest(
    [property: Required(ErrorMessage = "请填写用户名。"), RegularExpression(@"^[a-z][a-z0-9._-]{2,31}$",
        ErrorMessage = "用户名为3至32位小写字母、数字、点、横线或下划线，以字母开头。")] string? UserName,
    [property: Required(ErrorMessage = "请填写姓名或单位名称。"), StringLength(200, ErrorMessage = "姓名过长。")] string? DisplayName,
    [property: RegularExpression(@"^1\d{10}$", ErrorMessage = "手机号码应为11位数字。")] string? PhoneNumber,
    [property: Required(ErrorMessage = "请至少选择一个角色。"), MinLength(1, ErrorMessage = "请至少选择一个角色。")] IReadOnlyList<string>? Roles,
    [property: StringLength(40, ErrorMessage = "调解组织代码无效。")] string? MediationOrganisationCode);

internal sealed record CreatedUser(string UserName, string TemporaryPassword);

/// <summary>An admin act refused, in Chinese; <see cref="NotFound"/> when the account does not exist.</summary>
internal sealed record AdminRefusal(string Detail, bool NotFound = false);

/// <summary>
/// The court admin's account work (ADR 0020): create with a temporary password shown once, roles, disable and enable, reset the
/// password. The admin never works on their own account, and a 系统管理员 account holds no other role, so no admin gains case or filing
/// access by role (ADR 0013). Every change ends the account's sessions and is audited.
/// </summary>
internal sealed class UserAdministration(UserManager<CourtUser> users, IAuditLog audit, ReferenceData reference, TimeProvider clock)
{
    public async Task<(CreatedUser? Created, AdminRefusal? Refused)> CreateAsync(CreateUserRequest request, CancellationToken ct)
    {
        var roles = request.Roles!.Distinct(StringComparer.Ordinal).ToList();
        if (RolesProblem(roles, wasLawyer: false) is { } problem) return (null, problem);
        var organisation = string.IsNullOrWhiteSpace(request.MediationOrganisationCode) ? null : request.MediationOrganisationCode.Trim();
        if (organisation is not null && !reference.MediationOrganisations.TryGet(organisation, out _))
            return (null, new AdminRefusal($"没有代码为“{organisation}”的调解组织。"));
        if (roles.Contains(CourtRoles.Mediator) && organisation is null) return (null, new AdminRefusal("调解员须选择所属调解组织。"));
        if (await users.FindByNameAsync(request.UserName!) is not null) return (null, new AdminRefusal($"用户名“{request.UserName}”已被使用。"));

        var password = TemporaryPasswords.New();
        var user = new CourtUser
        {
            Id = Guid.CreateVersion7(), UserName = request.UserName, DisplayName = request.DisplayName!.Trim(), PhoneNumber = request.PhoneNumber,
            CreatedAt = clock.GetUtcNow().UtcDateTime, MustChangePassword = true,
            MediationOrganisationCode = roles.Contains(CourtRoles.Mediator) ? organisation : null,
        };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRolesAsync(user, roles));
        await audit.WriteAsync(new AuditRecord("admin.create-user", Target: user.UserName, Outcome: string.Join(',', roles)), ct);
        return (new CreatedUser(user.UserName!, password), null);
    }

    public async Task<AdminRefusal?> SetRolesAsync(ClaimsPrincipal admin, string userName, IReadOnlyList<string> wanted, CancellationToken ct)
    {
        if (await OtherUserAsync(admin, userName) is not { } user) return await RefusalForAsync(admin, userName, "修改自己的角色");
        var roles = wanted.Distinct(StringComparer.Ordinal).ToList();
        if (roles.Count == 0) return new AdminRefusal("请至少选择一个角色；不再使用的账户请停用。");
        var current = await users.GetRolesAsync(user);
        if (RolesProblem(roles, current.Contains(CourtRoles.Lawyer)) is { } problem) return problem;
        if (roles.Contains(CourtRoles.Mediator) && user.MediationOrganisationCode is null)
            return new AdminRefusal("该账户没有所属调解组织，不能设为调解员；请新建调解员账户并选择调解组织。");
        await users.RemoveFromRolesAsync(user, current.Except(roles, StringComparer.Ordinal));
        await users.AddToRolesAsync(user, roles.Except(current, StringComparer.Ordinal));
        await users.RevokeSessionsAsync(user);
        await audit.WriteAsync(new AuditRecord("admin.set-roles", Target: userName, Outcome: string.Join(',', roles)), ct);
        return null;
    }

    public async Task<AdminRefusal?> DisableAsync(ClaimsPrincipal admin, string userName, CancellationToken ct)
    {
        if (await OtherUserAsync(admin, userName) is not { } user) return await RefusalForAsync(admin, userName, "停用自己的账户");
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.RevokeSessionsAsync(user);
        await audit.WriteAsync(new AuditRecord("admin.disable", Target: userName), ct);
        return null;
    }

    public async Task<AdminRefusal?> EnableAsync(ClaimsPrincipal admin, string userName, CancellationToken ct)
    {
        if (await OtherUserAsync(admin, userName) is not { } user) return await RefusalForAsync(admin, userName, "启用自己的账户");
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.WriteAsync(new AuditRecord("admin.enable", Target: userName), ct);
        return null;
    }

    public async Task<(string? Password, AdminRefusal? Refused)> ResetPasswordAsync(ClaimsPrincipal admin, string userName, CancellationToken ct)
    {
        if (await OtherUserAsync(admin, userName) is not { } user) return (null, await RefusalForAsync(admin, userName, "重置自己的密码"));
        var password = TemporaryPasswords.New();
        user.MustChangePassword = true;
        Check(await users.RemovePasswordAsync(user));
        Check(await users.AddPasswordAsync(user, password));
        await users.RevokeSessionsAsync(user);
        await audit.WriteAsync(new AuditRecord("admin.reset-password", Target: userName), ct);
        return (password, null);
    }

    /// <summary>系统管理员 alone: an admin account that were also a clerk or judge would act in filings and cases by role.</summary>
    private static AdminRefusal? RolesProblem(IReadOnlyList<string> roles, bool wasLawyer)
    {
        if (roles.FirstOrDefault(r => !CourtRoles.ChineseNames.ContainsKey(r)) is { } unknown)
            return new AdminRefusal($"没有“{unknown}”这个角色。可用角色：{string.Join("、", CourtRoles.All)}。");
        if (roles.Contains(CourtRoles.CourtAdmin) && roles.Count > 1)
            return new AdminRefusal("系统管理员账户不能兼任其他角色：管理员不办理案件（ADR 0013）。请为办案另设账户。");
        if (roles.Contains(CourtRoles.Lawyer) && !wasLawyer)
            return new AdminRefusal("律师角色由立案庭核验律师执业证后授予，不能由管理员直接设置。");
        return null;
    }

    private async Task<CourtUser?> OtherUserAsync(ClaimsPrincipal admin, string userName) =>
        string.Equals(admin.Identity?.Name, userName, StringComparison.Ordinal) ? null : await users.FindByNameAsync(userName);

    private async Task<AdminRefusal> RefusalForAsync(ClaimsPrincipal admin, string userName, string selfAct) =>
        string.Equals(admin.Identity?.Name, userName, StringComparison.Ordinal)
            ? new AdminRefusal($"不能{selfAct}：请由另一名管理员办理。")
            : await users.FindByNameAsync(userName) is null ? new AdminRefusal($"没有用户名为“{userName}”的账户。", NotFound: true)
            : new AdminRefusal("操作未完成，请刷新后重试。");

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException("Identity refused: " + string.Join(", ", result.Errors.Select(e => e.Code)));
    }
}
