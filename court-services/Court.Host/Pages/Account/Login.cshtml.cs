using System.ComponentModel.DataAnnotations;
using Court.Host.Identity;
using Court.Host.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.Host.Pages.Account;

[AllowAnonymous]
internal sealed class LoginModel(SignInManager<CourtUser> signIn, UserManager<CourtUser> users, PasswordSignIn passwords) : PageModel
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

        var check = await passwords.CheckAsync("SignIn", Input.UserName, Input.Password, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        switch (check.Outcome)
        {
            case SignInOutcome.Throttled:
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = CourtProblems.RetryAfterSeconds(check.RetryAfter!.Value);
                ErrorMessage = $"登录失败次数过多，请 {Math.Max(1, (int)Math.Ceiling(check.RetryAfter!.Value.TotalMinutes))} 分钟后再试。";
                return Page();
            case SignInOutcome.LockedOut when check.LockedUntil?.Year >= 9999:
                ErrorMessage = "该账户已停用。如有疑问，请联系法院。";
                return Page();
            case SignInOutcome.LockedOut:
                ErrorMessage = "因多次密码错误，账户已暂时锁定（仅对您所在的网络），请 15 分钟后重试，或联系法院重置。";
                return Page();
            case SignInOutcome.Invalid:
                ErrorMessage = "用户名或密码不正确。";
                return Page();
        }

        var user = check.User!;
        await signIn.SignInAsync(user, isPersistent: false);
        if (user.MustChangePassword) return LocalRedirect(MustChangePasswordFilter.PagePath);
        return LocalRedirect(await LandingAsync(users, user, ReturnUrl, Url));
    }

    /// <summary>Where a person lands after signing in: the page they came from, else their portal.</summary>
    internal static async Task<string> LandingAsync(UserManager<CourtUser> users, CourtUser user, string? returnUrl, IUrlHelper url)
    {
        if (!string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl)) return returnUrl;
        var roles = await users.GetRolesAsync(user);
        return Portal.All.FirstOrDefault(p => p.Roles.Any(roles.Contains))?.Path ?? "/";
    }

    internal sealed class LoginInput
    {
        [Required(ErrorMessage = "请填写用户名。"), StringLength(256, ErrorMessage = "用户名过长。")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "请填写密码。"), StringLength(256, ErrorMessage = "密码过长。")]
        public string Password { get; set; } = "";
    }
}
