using System.ComponentModel.DataAnnotations;
using Court.Host.Audit;
using Court.Host.Identity;
using Court.Kernel.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.Host.Pages.Account;

[AllowAnonymous]
internal sealed class LoginModel(SignInManager<CourtUser> signIn, UserManager<CourtUser> users, IAuditLog audit) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ErrorMessage { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            ErrorMessage = "请填写用户名和密码。";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.UserName, Input.Password, isPersistent: false, lockoutOnFailure: true);
        var user = await users.FindByNameAsync(Input.UserName);
        await audit.WriteAsync(new AuditRecord("SignIn", Target: Input.UserName, Outcome: result.AuditOutcome()),
            new AuditActor(user?.Id, Input.UserName, null, HttpContext.Connection.RemoteIpAddress?.ToString()), ct);

        if (result.IsLockedOut)
        {
            ErrorMessage = "因多次密码错误，账户已暂时锁定，请 15 分钟后重试，或联系法院重置。";
            return Page();
        }
        if (!result.Succeeded || user is null)
        {
            ErrorMessage = "用户名或密码不正确。";
            return Page();
        }

        if (!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl)) return LocalRedirect(ReturnUrl);
        var roles = await users.GetRolesAsync(user);
        var portal = Portal.All.FirstOrDefault(p => p.Roles.Any(roles.Contains));
        return LocalRedirect(portal?.Path ?? "/");
    }

    internal sealed class LoginInput
    {
        [Required(ErrorMessage = "请填写用户名。"), StringLength(256, ErrorMessage = "用户名过长。")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "请填写密码。"), StringLength(256, ErrorMessage = "密码过长。")]
        public string Password { get; set; } = "";
    }
}
