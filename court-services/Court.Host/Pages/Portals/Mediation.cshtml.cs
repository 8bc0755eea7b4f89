using Court.Seeds.Reference;
using Court.Host.Calendar;
using Court.Host.Litigation;
using Court.Host.Litigation.Mediation;
using Court.Host.Litigation.Progress;
using Court.Host.Persistence;
using Court.Kernel;
using Court.Kernel.Access;
using Court.Kernel.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.Host.Pages.Portals;

/// <summary>诉前调解 for the mediator: the open mediations with their deadlines, an extension the parties agreed to, and the outcome.</summary>
[Authorize(Roles = CourtRoles.Mediator + "," + CourtRoles.FilingClerk)]
internal sealed class MediationModel(CourtDb db, ReferenceData reference, TimeProvider clock) : PageModel
{
    public IReadOnlyList<MediationView> Open { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>The mediation the problem belongs to, so it is shown in its card.</summary>
    public Guid? ProblemFor { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostExtendAsync(Guid mediationId, int? days, bool partiesConsent, [FromServices] IAuditLog audit, CancellationToken ct)
    {
        // An unticked box is the parties not (yet) consenting: the handler says what that means.
        var request = new ExtendMediationRequest(days, partiesConsent);
        var extended = PageForms.Invalid(request) is { } invalid
            ? LitigationProblem.Invalid(invalid)
            : await MediationOutcomes.ExtendAsync(mediationId, request, User, db, audit, reference, clock, ct);
        return await AnswerAsync(mediationId, extended, v => $"{v.FilingReference}的调解期限已延长至{v.Deadline:yyyy年M月d日}。", ct);
    }

    public async Task<IActionResult> OnPostOutcomeAsync(Guid mediationId, string? outcome, string? agreementTerms, DateOnly? agreementDate,
        string? reason, [FromServices] CaseProgress progress, [FromServices] StatutoryDeadlines deadlines, [FromServices] IAuditLog audit,
        CancellationToken ct)
    {
        var agreed = outcome == "agreement";
        var request = new MediationOutcomeRequest(outcome, agreed ? PageForms.Lines(agreementTerms) : null, agreed ? agreementDate : null,
            string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        var recorded = PageForms.Invalid(request) is { } invalid
            ? LitigationProblem.Invalid(invalid)
            : await MediationOutcomes.RecordAsync(mediationId, request, User, db, progress, deadlines, audit, reference, clock, ct);
        return await AnswerAsync(mediationId, recorded, v => agreed
            ? $"已记录{v.FilingReference}达成调解协议，待立案法官司法确认。"
            : $"已记录{v.FilingReference}调解不成，申请转回立案审查，当事人无需重新填写。", ct);
    }

    private async Task<IActionResult> AnswerAsync(Guid mediationId, Outcome<MediationView> outcome, Func<MediationView, string> success, CancellationToken ct)
    {
        if (outcome.Problem is { } problem)
        {
            (Problem, ProblemFor) = (problem.Detail, mediationId);
            Response.StatusCode = problem.Status;
        }
        else Message = success(outcome.Value!);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Open = await MediationOutcomes.OpenAsync(db, User, reference, ct);
        Today = ShanghaiTime.Today(clock);
    }
}
