using Court.Host.Accounts;
using Court.Host.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.Host.Pages.Account;

/// <summary>当事人注册: the form for <c>POST /api/accounts/phone-codes</c> and <c>POST /api/accounts/registrations</c>, through the same handlers.</summary>
[AllowAnonymous]
internal sealed class RegisterModel(LitigantRegistrationServices services, CourtDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Kind { get; set; } = "natural-person";
    [BindProperty] public string? OrganisationName { get; set; }
    [BindProperty] public string? CreditCode { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? IdentifierNumber { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public bool AcceptsIntegrityPledge { get; set; }

    public bool IsLegalPerson => Kind == "legal-person";

    public RegisteredLitigant? Registered { get; private set; }

    public SentPhoneCode? Sent { get; private set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
        if (!IsLegalPerson) Kind = "natural-person";
    }

    public async Task<IActionResult> OnPostSendCodeAsync(CancellationToken ct)
    {
        var request = new SendPhoneCodeRequest(Phone?.Trim(), "registration");
        if (PageForms.Invalid(request) is { } invalid) return Refuse(invalid, StatusCodes.Status400BadRequest);
        var sent = await SendPhoneCode.HandleAsync(request, services.Codes, db, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        if (sent.Problem is { } problem) return Refuse(problem.Detail, problem.Status);
        Sent = sent.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var request = new RegisterLitigantRequest(Kind, UserName?.Trim(), Password, Name?.Trim(), IdentifierNumber?.Trim(), Phone?.Trim(), Code?.Trim(),
            AcceptsIntegrityPledge, AcceptsIntegrityPledge ? IntegrityPledge.Version : null,
            IsLegalPerson ? OrganisationName?.Trim() : null, IsLegalPerson ? CreditCode?.Trim() : null);
        if (PageForms.Invalid(request) is { } invalid) return Refuse(invalid, StatusCodes.Status400BadRequest);
        var registered = await RegisterLitigant.HandleAsync(request, services, HttpContext.TraceIdentifier, ct);
        if (registered.Problem is { } problem) return Refuse(problem.Detail, problem.Status);
        Registered = registered.Value;
        return Page();
    }

    private PageResult Refuse(string detail, int status)
    {
        Problem = detail;
        Response.StatusCode = status;
        return Page();
    }
}
