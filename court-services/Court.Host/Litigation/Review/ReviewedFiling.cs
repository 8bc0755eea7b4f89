using System.Security.Claims;
using Court.Host.Litigation.Filings;
using Court.Host.Litigation.Payments;
using Court.Host.Persistence;
using Court.Seeds.Reference;
using Microsoft.EntityFrameworkCore;
using Court.Kernel.Dossier;

namespace Court.Host.Litigation.Review;

/// <summary>The filing a clerk decides on: it must be waiting for review.</summary>
internal static class ReviewedFiling
{
    public static async Task<Outcome<OnlineFiling>> FindAsync(CourtDb db, ClaimsPrincipal user, Guid filingId, CancellationToken ct)
    {
        if (!user.IsFilingClerk()) return LitigationProblem.Forbidden("只有立案法官可以审查立案申请。");
        var found = await FilingAccess.FindAsync(db, user, filingId, ct);
        if (found is not { Filing: var filing }) return LitigationProblem.FilingNotFound;
        if (filing.Status != FilingStatus.Submitted)
            return LitigationProblem.Conflict($"这份申请目前状态为“{filing.Status.ChineseName()}”，不在待审查之列。");
        return filing;
    }

    /// <summary>Serves documents on the plaintiff side: in-portal and SMS for those who consented, flagged for post otherwise.</summary>
    public static async Task ServeAsync(CourtDb db, Service.ElectronicServiceOfDocuments service, FilingDocuments issuer, OnlineFiling filing,
        DossierOwner owner, string caseNumberOrReference, IReadOnlyList<FilingDocument> documents, ClaimsPrincipal clerk, CancellationToken ct)
    {
        var recipients = await FilingRecipients.PlaintiffSideAsync(db, filing, ct);
        await service.ServeAsync(new Service.ServeDocuments(owner, caseNumberOrReference, issuer.CourtNameOf(filing),
            documents.Select(d => new Service.ServedDocument(d.DocumentId, d.Title)).ToList(), recipients, FilingDocuments.ActorOf(clerk)), ct);
    }

    public static Task<string> NameOfAsync(CourtDb db, ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = Access.ClaimsPrincipalExtensions.UserId(user);
        return db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(ct);
    }

    /// <summary>Gives back what was prepaid and not yet refunded (a rejected filing, a confirmed settlement: no acceptance fee is due).</summary>
    public static async Task RefundAllAsync(FeePayments payments, OnlineFiling filing, string reason, CancellationToken ct)
    {
        if (await payments.FindForFilingAsync(filing.Id, ct) is not { Status: FeePaymentStatus.Paid } paid) return;
        var left = paid.Amount - paid.RefundedAmount;
        if (left > 0) await payments.RefundAsync(paid.Id, left, reason, $"filing:{filing.Id}:refund-all", ct);
    }
}
