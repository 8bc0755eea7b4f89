using Court.Host.Cases;
using Court.Host.Features.Cases;
using Court.Host.Litigation.Filings;
using Court.Host.Litigation.Mediation;
using Court.Host.Litigation.Payments;
using Court.Host.Litigation.Progress;
using Court.Host.Litigation.Review;
using Court.Host.Litigation.Service;
using Court.Host.Persistence;
using Court.Kernel.Audit;
using Court.Kernel.Dossier;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Court.Seeds.Reference;

namespace Court.Host.Pages.Portals.FilingReview;

/// <summary>立案审查: the queue with its seven-day countdown, agreements awaiting 司法确认, and the clerk's own cases.</summary>
[Authorize(Roles = Kernel.Access.CourtRoles.FilingClerk)]
internal sealed class IndexModel(CourtDb db, TimeProvider clock, ReferenceData reference) : PageModel
{
    public IReadOnlyList<ReviewQueueItem> Queue { get; private set; } = [];

    public IReadOnlyList<MediationView> AwaitingConfirmation { get; private set; } = [];

    public IReadOnlyList<CaseSummary> Cases { get; private set; } = [];

    public string? Message { get; private set; }

    public int PendingLawyers { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>确认: the agreement reached in pre-filing mediation is confirmed by ruling (ConfirmAgreement).</summary>
    public async Task<IActionResult> OnPostConfirmAsync(Guid mediationId, [FromServices] CaseRegister register, [FromServices] IDossierApi dossier,
        [FromServices] FilingDocuments documents, [FromServices] ElectronicServiceOfDocuments service, [FromServices] FeePayments payments,
        [FromServices] CaseProgress progress, [FromServices] IAuditLog audit, CancellationToken ct)
    {
        var confirmed = await ConfirmAgreement.HandleAsync(mediationId, User, db, register, dossier, documents, service, payments, progress, audit, clock, ct);
        if (confirmed.Problem is { } problem) Problem = problem.Detail;
        else Message = $"已裁定确认{confirmed.Value!.FilingReference}的调解协议有效，案号{confirmed.Value.ConfirmationCaseNumber}，裁定书已送达各方。";
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Queue = await FilingReviewQueue.LoadAsync(db, reference, clock, ct);
        AwaitingConfirmation = (await MediationOutcomes.OpenAsync(db, User, reference, ct)).Where(m => m.Outcome == nameof(MediationOutcome.Agreement)).ToList();
        Cases = await ListCases.VisibleTo(User, db, ct);
        PendingLawyers = await db.LawyerProfiles.CountAsync(l => l.VerifiedAt == null && l.RefusedAt == null, ct);
    }
}
