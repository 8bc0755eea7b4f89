using Court.Seeds.Reference;
using Court.Host.Litigation.Filings;
using Court.Host.Persistence;
using Court.Kernel.Access;
using Court.Kernel.Audit;
using Court.Kernel.Http;
using Court.Kernel.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.Host.Pages.Portals.Filing;

/// <summary>我的立案申请: the caller's drafts and filed applications, and 开始网上立案 (a lawyer names the client).</summary>
[Authorize(Roles = CourtRoles.Litigant + "," + CourtRoles.Lawyer)]
internal sealed class IndexModel(CourtDb db, INotifier notifier, IAuditLog audit, ReferenceData reference, TimeProvider clock) : PageModel
{
    public IReadOnlyList<FilingSummary> Filings { get; private set; } = [];

    public bool IsLawyer => User.IsInRole(CourtRoles.Lawyer);

    [BindProperty] public string? ClientName { get; set; }
    [BindProperty] public string? ClientIdentifierNumber { get; set; }
    [BindProperty] public bool SpecialAuthority { get; set; }

    public Dictionary<string, string> FieldErrors { get; } = new(StringComparer.Ordinal);

    public string? Problem { get; private set; }

    /// <summary>The id the start form offers for the next draft: a double click or a resent form starts one draft, not two.</summary>
    public Guid NewDraftId { get; } = Guid.CreateVersion7();

    [BindProperty] public Guid? DraftId { get; set; }

    /// <summary>The draft whose deletion waits for the filer's confirmation.</summary>
    public FilingSummary? Deleting { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Filings = await GetFiling.MineAsync(User, db, reference, ct);

    /// <summary>删除草稿 asks first: the draft is named, and only 确认删除 removes it.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(Guid filingId, bool confirmed, CancellationToken ct)
    {
        await OnGetAsync(ct);
        var draft = Filings.SingleOrDefault(f => f.Id == filingId && f.Status == nameof(FilingStatus.Draft));
        if (draft is null) return NotFound();
        if (!confirmed)
        {
            Deleting = draft;
            return Page();
        }
        if (await DeleteDraft.HandleAsync(filingId, User, db, audit, ct) is { } problem)
        {
            Problem = problem.Detail;
            Response.StatusCode = problem.Status;
        }
        else Message = $"已删除草稿“{draft.Title}”。";
        return await PageAsync(ct);
    }

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        FilingClientRequest? client = null;
        if (IsLawyer)
        {
            client = new FilingClientRequest(ClientName?.Trim(), ClientIdentifierNumber?.Trim(), SpecialAuthority);
            foreach (var (field, messages) in RequestValidation.Validate(client)) FieldErrors[field] = string.Join("", messages);
            if (FieldErrors.Count > 0) return await PageAsync(ct);
        }
        var started = await StartFiling.HandleAsync(new StartFilingRequest(null, client, DraftId), User, db, notifier, audit, clock, ct);
        if (started.Problem is { } problem)
        {
            Problem = problem.Detail;
            return await PageAsync(ct);
        }
        return Redirect(FilingSteps.PathOf(started.Value!.Id, FilingSteps.Situation));
    }

    private async Task<IActionResult> PageAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        return Page();
    }
}
