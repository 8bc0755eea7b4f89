using Court.Host.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.Host.Pages.Account;

[AllowAnonymous]
internal sealed class LogoutModel(SignInManager<CourtUser> signIn, UserManager<CourtUser> users) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A copy of the cookie kept elsewhere must not outlive the sign-out: the stamp it carries is changed.
        if (await users.GetUserAsync(User) is { } user) await users.RevokeSessionsAsync(user);
        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
