using Court.Host.Litigation.Lawyers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.Host.Pages.Account;

/// <summary>律师注册: the form for <c>POST /api/lawyers/registrations</c>, through the same handler.</summary>
[AllowAnonymous]
internal sealed class RegisterLawyerModel(LawyerRegistrationServices services) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? IdentifierNumber { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? LicenceNumber { get; set; }
    [BindProperty] public string? Firm { get; set; }

    public RegisteredLawyer? Registered { get; private set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var request = new RegisterLawyerRequest(UserName?.Trim(), Password, Name?.Trim(), IdentifierNumber?.Trim(), Phone?.Trim(),
            LicenceNumber?.Trim(), Firm?.Trim());
        if (PageForms.Invalid(request) is { } invalid)
        {
            Problem = invalid;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var registered = await RegisterLawyer.HandleAsync(request, services, HttpContext.TraceIdentifier, ct);
        if (registered.Problem is { } problem)
        {
            Problem = problem.Detail;
            Response.StatusCode = problem.Status;
        }
        Registered = registered.Value;
        return Page();
    }
}
