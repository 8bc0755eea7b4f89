using Court.Host.Calendar;
using Court.Host.Litigation.Filings;
using Court.Host.Litigation.Payments;
using Court.Host.Persistence;
using Court.Kernel.Access;
using Court.Kernel.Dossier;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Court.Seeds.Reference;

namespace Court.Host.Pages.Portals.Filing;

/// <summary>
/// A filing's status page: review deadline, 去交费 (the sandbox bank returns here), what to correct and by when, the documents of
/// its dossier, and, once accepted, the case number with the case's progress.
/// </summary>
[Authorize(Roles = CourtRoles.Litigant + "," + CourtRoles.Lawyer)]
internal sealed class StatusModel(CourtDb db, FeePayments payments, IDossierApi dossier, ReferenceData reference) : PageModel
{
    public FilingView Filing { get; private set; } = null!;

    public FeePayment? Payment { get; private set; }

    public string? PayUrl { get; private set; }

    public IReadOnlyList<DossierListing> Documents { get; private set; } = [];

    public bool IsFiler { get; private set; }

    /// <summary>The version of each document the court issued for the filing, by document id.</summary>
    public IReadOnlyDictionary<Guid, FilingDocumentVersion> Versions { get; private set; } = new Dictionary<Guid, FilingDocumentVersion>();

    public string PaymentStatusName => Payment?.Status switch
    {
        FeePaymentStatus.Paid => "已交费",
        FeePaymentStatus.Pending => "待交费",
        FeePaymentStatus.Cancelled => "交费订单已关闭",
        _ => "—",
    };

    /// <summary>Once accepted the dossier is the case's: its documents are read through the case, in the in-page reader (ADR 0017).</summary>
    public string DocumentPath(Guid documentId) => Filing.CaseId is { } caseId
        ? $"/Portals/Dossier/{caseId}/Read/{documentId}"
        : $"/Portals/Filings/{Filing.Id}/Read/{documentId}";

    public async Task<IActionResult> OnGetAsync(Guid filingId, [FromServices] StatutoryDeadlines deadlines, CancellationToken ct)
    {
        var found = await FilingAccess.FindAsync(db, User, filingId, ct);
        if (found is not { Viewer: FilingViewer.Filer or FilingViewer.Party } f) return NotFound();
        Filing = FilingView.Of(f.Filing, f.Viewer, reference, await deadlines.ProvisionalKindsAsync(filingId, ct));
        IsFiler = f.Viewer == FilingViewer.Filer;
        Payment = await payments.FindForFilingAsync(filingId, ct);
        if (IsFiler && Payment is { Status: FeePaymentStatus.Pending } pending) PayUrl = payments.PayUrl(pending, FilingSteps.StatusPath(filingId));
        Documents = await dossier.ListOpenVolumeAsync(DossierOwner.FilingDraft(filingId), ct);
        Versions = (await FilingDocumentVersions.OfAsync(db, filingId, ct)).ToDictionary(v => v.DocumentId);
        return Page();
    }
}
