using Court.Kernel.Dossier;
using Court.Host.Access;
using Court.Host.Features.Cases;
using Court.Host.Litigation.Lawyers;
using Court.Host.Litigation.Progress;
using Court.Host.Persistence;
using Court.Kernel.Access;
using Court.Kernel.Audit;
using Court.Kernel.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Court.Seeds.Reference;

namespace Court.Host.Pages.Portals;

/// <summary>
/// 诉讼服务: the caller's cases; for a client, the powers of attorney waiting for their confirmation; for a lawyer, their powers of
/// attorney and the request to act in a case already registered. Every step is the API's own handler.
/// </summary>
internal sealed class LitigationModel(CourtDb db, INotifier notifier, IAuditLog audit, ReferenceData reference, TimeProvider clock) : PageModel
{
    public IReadOnlyList<CaseSummary> Cases { get; private set; } = [];

    /// <summary>待确认的授权委托: lawyers asking to act for the caller.</summary>
    public IReadOnlyList<PowerOfAttorneyView> AwaitingMyConfirmation { get; private set; } = [];

    /// <summary>我的授权委托: what the caller, a lawyer, asked for and where each stands.</summary>
    public IReadOnlyList<PowerOfAttorneyView> MyRepresentations { get; private set; } = [];

    public bool IsLawyer => User.IsInRole(CourtRoles.Lawyer);

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>Which section the problem belongs to: <c>decision</c> or <c>represent</c>.</summary>
    public string? ProblemFor { get; private set; }

    [BindProperty] public string? CaseIdOrNumber { get; set; }
    [BindProperty] public string? ClientIdentifierNumber { get; set; }
    [BindProperty] public bool SpecialAuthority { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostDecideAsync(Guid grantId, bool accept, [FromServices] IDossierApi dossier, [FromServices] ReferenceData reference,
        CancellationToken ct)
    {
        var decided = await PowersOfAttorneyEndpoints.DecideAsync(grantId, accept, User, db, dossier, notifier, audit, reference, clock, ct);
        return await AnswerAsync("decision", decided.Problem?.Detail, decided.Problem?.Status, () => accept
            ? $"您已确认委托{decided.Value!.LawyerName}（{decided.Value.Firm}）代理{decided.Value.FilingReference ?? decided.Value.CaseNumber}。"
            : $"您已拒绝{decided.Value!.LawyerName}的授权委托。", ct);
    }

    public async Task<IActionResult> OnPostRepresentAsync(CancellationToken ct)
    {
        var request = new CaseRepresentationRequest(ClientIdentifierNumber?.Trim(), SpecialAuthority);
        if (PageForms.Invalid(request) is { } invalid) return await AnswerAsync("represent", invalid, StatusCodes.Status400BadRequest, () => "", ct);
        // A number is read as /progress reads it (either parentheses, full-width digits); one that does not parse is told so, and a number
        // that names no case goes to the handler as an unknown case, so the answer is the same as for a case the client is not in.
        Guid caseId;
        if (Guid.TryParse(CaseIdOrNumber?.Trim(), out var id)) caseId = id;
        else if (ProgressTimeline.CanonicalNumber(CaseIdOrNumber, reference) is { } number)
            caseId = await db.Cases.AsNoTracking().Where(c => c.Number == number).Select(c => c.Id).SingleOrDefaultAsync(ct);
        else return await AnswerAsync("represent", InvalidCaseNumber, StatusCodes.Status400BadRequest, () => "", ct);
        var requested = await PowersOfAttorneyEndpoints.RequestForCaseAsync(caseId, request, User, db, notifier, clock, ct);
        return await AnswerAsync("represent", requested.Problem?.Detail, requested.Problem?.Status,
            () => $"已向{requested.Value!.ClientName}提出代理{requested.Value.CaseNumber}的申请，待委托人在平台确认。", ct);
    }

    private const string InvalidCaseNumber = "案号格式不正确，请按受理通知书上的案号填写，例如（2026）闽0203民初1号。";

    private async Task<IActionResult> AnswerAsync(string section, string? problem, int? status, Func<string> success, CancellationToken ct)
    {
        if (problem is null) Message = success();
        else
        {
            (Problem, ProblemFor) = (problem, section);
            Response.StatusCode = status ?? StatusCodes.Status400BadRequest;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Cases = await ListCases.VisibleTo(User, db, ct);
        var me = User.UserId();
        var pending = await db.PowersOfAttorney.AsNoTracking()
            .Where(g => g.ClientUserId == me && g.Status == PowerOfAttorneyStatus.Pending).OrderBy(g => g.RequestedAt).ToListAsync(ct);
        AwaitingMyConfirmation = await PowersOfAttorneyEndpoints.ViewsAsync(db, pending, ct);
        if (IsLawyer)
        {
            var mine = await db.PowersOfAttorney.AsNoTracking().Where(g => g.LawyerUserId == me).OrderByDescending(g => g.RequestedAt).Take(100)
                .ToListAsync(ct);
            MyRepresentations = await PowersOfAttorneyEndpoints.ViewsAsync(db, mine, ct);
        }
    }
}
