using Court.Host.Features.Admin;
using Court.Host.Persistence;
using Court.Kernel.Access;
using Court.Seeds.Reference;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Pages.Admin;

/// <summary>
/// 用户与角色: find an account, create one (the temporary password is shown once, on this answer only), change roles, disable and
/// enable, reset a password. Lawyers are verified by the filing division against the licence, so pending ones are listed, not verified.
/// </summary>
internal sealed class IndexModel(CourtDb db, UserAdministration admin, ReferenceData reference, TimeProvider clock) : PageModel
{
    public const int ListLimit = 200;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public IReadOnlyList<UserRow> Users { get; private set; } = [];
    public IReadOnlyList<UserRow> PendingLawyers { get; private set; } = [];
    public int Total { get; private set; }

    /// <summary>A temporary password just issued: shown in this answer and never again.</summary>
    public (string UserName, string Password)? Issued { get; private set; }
    public string? Message { get; private set; }
    public string? Problem { get; private set; }

    /// <summary>The roles an admin may give here: not 律师 (the filing division grants it on verification).</summary>
    public static IEnumerable<KeyValuePair<string, string>> AssignableRoles => CourtRoles.ChineseNames.Where(r => r.Key != CourtRoles.Lawyer);

    public IEnumerable<(string Code, string Name)> Organisations => reference.MediationOrganisations.All.Select(o => (o.Code, o.Name));

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(string? userName, string? displayName, string? phoneNumber, List<string>? roles,
        string? mediationOrganisationCode, CancellationToken ct)
    {
        var request = new CreateUserRequest(userName?.Trim(), displayName?.Trim(), string.IsNullOrWhiteSpace(phoneNumber) ? null : phoneNumber.Trim(),
            roles ?? [], mediationOrganisationCode);
        if (PageForms.Invalid(request) is { } invalid) return await AnswerAsync(invalid, ct);
        var (created, refused) = await admin.CreateAsync(request, ct);
        if (refused is not null) return await AnswerAsync(refused.Detail, ct);
        Issued = (created!.UserName, created.TemporaryPassword);
        Message = $"已创建账户“{created.UserName}”。";
        return await AnswerAsync(null, ct);
    }

    public async Task<IActionResult> OnPostRolesAsync(string userName, List<string>? roles, CancellationToken ct) =>
        await AnswerAsync((await admin.SetRolesAsync(User, userName, roles ?? [], ct))?.Detail, ct, $"已更新“{userName}”的角色，其原有登录已失效。");

    public async Task<IActionResult> OnPostDisableAsync(string userName, CancellationToken ct) =>
        await AnswerAsync((await admin.DisableAsync(User, userName, ct))?.Detail, ct, $"已停用账户“{userName}”。");

    public async Task<IActionResult> OnPostEnableAsync(string userName, CancellationToken ct) =>
        await AnswerAsync((await admin.EnableAsync(User, userName, ct))?.Detail, ct, $"已启用账户“{userName}”。");

    public async Task<IActionResult> OnPostResetAsync(string userName, CancellationToken ct)
    {
        var (password, refused) = await admin.ResetPasswordAsync(User, userName, ct);
        if (refused is null)
        {
            Issued = (userName, password!);
            Message = $"已重置“{userName}”的密码，其原有登录已失效。";
        }
        return await AnswerAsync(refused?.Detail, ct);
    }

    private async Task<IActionResult> AnswerAsync(string? problem, CancellationToken ct, string? success = null)
    {
        if (problem is not null)
        {
            Problem = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else if (success is not null) Message = success;
        // The one-time password must not be kept by a browser or proxy cache.
        Response.Headers.CacheControl = "no-store";
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            query = query.Where(u => u.UserName!.Contains(q) || u.DisplayName.Contains(q));
        }
        Total = await query.CountAsync(ct);
        var users = await query.OrderBy(u => u.UserName).Take(ListLimit).ToListAsync(ct);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ids.Contains(ur.UserId) select new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var pending = await db.LawyerProfiles.AsNoTracking().Where(l => l.VerifiedAt == null).Select(l => new { l.UserId, l.LicenceNumber, l.Firm })
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        Users = users.Select(u =>
        {
            var codes = roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList();
            var lawyer = pending.FirstOrDefault(p => p.UserId == u.Id);
            var state = u.LockoutEnd is { Year: >= 9999 } ? "已停用"
                : u.LockoutEnd > now ? $"锁定至 {Court.Kernel.ShanghaiTime.Format(u.LockoutEnd.Value)}"
                : lawyer is not null ? "律师执业证待立案庭核验"
                : u.MustChangePassword ? "待修改临时密码" : "正常";
            return new UserRow(u.UserName!, u.DisplayName, codes, string.Join("、", codes.Select(c => CourtRoles.ChineseNames.GetValueOrDefault(c, c))),
                state, u.LockoutEnd is { Year: >= 9999 },
                u.MediationOrganisationCode is { } org && reference.MediationOrganisations.TryGet(org, out var o) ? o.Name : null,
                lawyer is null ? null : $"{lawyer.Firm} · 执业证号 {lawyer.LicenceNumber}");
        }).ToList();
        PendingLawyers = Users.Where(u => u.PendingLawyer is not null).ToList();
    }

    internal sealed record UserRow(string UserName, string DisplayName, IReadOnlyList<string> RoleCodes, string Roles, string State, bool Disabled,
        string? Organisation, string? PendingLawyer);
}
