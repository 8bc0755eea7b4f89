using Court.Host.Accounts;
using Court.Host.Identity;
using Court.Host.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.Host.Pages.Account;

/// <summary>短信验证码登录: send a code to the phone confirmed at registration, then sign in with it (ADR 0018).</summary>
[AllowAnonymous]
internal sealed class SmsLoginModel(SignInManager<CourtUser> signIn, UserManager<CourtUser> users, SmsSignIn sms, PhoneCodes codes, CourtDb db)
    : PageModel
{
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public SentPhoneCode? Sent { get; private set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostSendCodeAsync(CancellationToken ct)
    {
        var request = new SendPhoneCodeRequest(Phone?.Trim(), "sign-in");
        if (PageForms.Invalid(request) is { } invalid) return Refuse(invalid, StatusCodes.Status400BadRequest);
        var sent = await SendPhoneCode.HandleAsync(request, codes, db, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        if (sent.Problem is { } problem) return Refuse(problem.Detail, problem.Status);
        Sent = sent.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var request = new SmsTokenRequest(Phone?.Trim(), Code?.Trim());
        if (PageForms.Invalid(request) is { } invalid) return Refuse(invalid, StatusCodes.Status400BadRequest);
        var checkedUser = await sms.CheckAsync(request.Phone!, request.Code!, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        if (checkedUser.Problem is { } problem) return Refuse(problem.Detail, problem.Status);
        await signIn.SignInAsync(checkedUser.Value!, isPersistent: false);
        return LocalRedirect(await LoginModel.LandingAsync(users, checkedUser.Value!, ReturnUrl, Url));
    }

    private PageResult Refuse(string detail, int status)
    {
        Problem = detail;
        Response.StatusCode = status;
        return Page();
    }
}
