using System.ComponentModel.DataAnnotations;
using Court.Host.Features.Me;
using Court.Host.Identity;
using Court.Kernel.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.Host.Pages.Account;

/// <summary>修改密码: where a temporary password leads, and where anyone may change theirs. Every other session ends (ADR 0014).</summary>
[Authorize]
internal sealed class ChangePasswordModel(UserManager<CourtUser> users, SignInManager<CourtUser> signIn, IAuditLog audit) : PageModel
{
    [BindProperty] public PasswordInput Input { get; set; } = new();

    public bool Temporary { get; private set; }

    public string? ErrorMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        Temporary = user.MustChangePassword;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        Temporary = user.MustChangePassword;
        if (!ModelState.IsValid)
        {
            ErrorMessage = string.Join("", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct());
            return Page();
        }
        var changed = await ChangePassword.ChangeAsync(users, user, Input.CurrentPassword!, Input.NewPassword!);
        await audit.WriteAsync(new AuditRecord("ChangePassword", Target: user.UserName, Outcome: changed.Succeeded ? "Succeeded" : "Refused"), ct);
        if (!changed.Succeeded)
        {
            ErrorMessage = ChangePassword.Refusal(changed);
            return Page();
        }
        // The stamp changed with the password: sign this session in again under it.
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/");
    }

    internal sealed class PasswordInput
    {
        [Required(ErrorMessage = "请填写当前密码（或法院发给您的临时密码）。"), StringLength(256, ErrorMessage = "密码过长。")]
        public string? CurrentPassword { get; set; }

        [Required(ErrorMessage = "请设置新密码。"), StringLength(128, MinimumLength = 10, ErrorMessage = "新密码至少10位。")]
        public string? NewPassword { get; set; }

        [Compare(nameof(NewPassword), ErrorMessage = "两次输入的新密码不一致。")]
        public string? ConfirmPassword { get; set; }
    }
}
