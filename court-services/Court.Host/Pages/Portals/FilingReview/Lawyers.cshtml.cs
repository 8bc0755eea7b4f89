using Court.Host.Identity;
using Court.Host.Litigation.Lawyers;
using Court.Host.Persistence;
using Court.Kernel.Audit;
using Court.Kernel.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.Host.Pages.Portals.FilingReview;

/// <summary>律师注册核验: the clerk's queue of pending lawyers, verified against the certificate in hand or refused with a reason (ADR 0014, 0018).</summary>
[Authorize(Roles = Kernel.Access.CourtRoles.FilingClerk)]
internal sealed class LawyersModel(CourtDb db, UserManager<CourtUser> users, IAuditLog audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<LawyerRegistrationView> Pending { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>Which registration the problem belongs to, so its form shows it.</summary>
    public Guid? ProblemFor { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostVerifyAsync(Guid userId, string? licenceNumber, CancellationToken ct)
    {
        var request = new VerifyLawyerRequest(licenceNumber?.Trim());
        var verified = PageForms.Invalid(request) is { } invalid
            ? new Litigation.Outcome<LawyerRegistrationView>(null, Litigation.LitigationProblem.Invalid(invalid))
            : await VerifyLawyer.HandleAsync(userId, request, User, db, users, audit, clock, ct);
        Show(userId, verified, v => $"已核验{v.Name}（{v.Firm}，执业证号 {v.LicenceNumber}）的律师执业证，该账户现可代理案件。");
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRefuseAsync(Guid userId, string? reason, [FromServices] INotifier notifier, CancellationToken ct)
    {
        var request = new RefuseLawyerRequest(reason?.Trim());
        var refused = PageForms.Invalid(request) is { } invalid
            ? new Litigation.Outcome<LawyerRegistrationView>(null, Litigation.LitigationProblem.Invalid(invalid))
            : await VerifyLawyer.RefuseAsync(userId, request, User, db, notifier, audit, clock, ct);
        Show(userId, refused, v => $"已不予核验{v.Name}的律师注册，理由已通知申请人。");
        await LoadAsync(ct);
        return Page();
    }

    private void Show(Guid userId, Litigation.Outcome<LawyerRegistrationView> outcome, Func<LawyerRegistrationView, string> done)
    {
        if (outcome.Problem is { } problem)
        {
            Problem = problem.Detail;
            ProblemFor = userId;
            Response.StatusCode = problem.Status;
        }
        else Message = done(outcome.Value!);
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Pending = (await VerifyLawyer.QueueAsync("pending", User, db, ct)).Value ?? [];
}
