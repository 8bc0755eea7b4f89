using Court.Host.Litigation.Payments;
using Court.Host.Persistence;
using Court.Kernel.Fees;
using Court.Kernel.Notifications;
using Court.Kernel.Filing;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Filings;

/// <summary>
/// 诉讼费用交纳办法第十五条: a case that ends in mediation or withdrawal pays half the acceptance fee, so the prepaid other half is
/// refunded — once, as a fee is halved at most once (民诉法解释第二百零六条).
/// </summary>
internal static class FeeHalving
{
    public static async Task<decimal> RefundOnClosingAsync(CourtDb db, FeePayments payments, INotifier notifier, FilingCatalogue kinds, Guid caseId,
        FeeReduction reason,
        CancellationToken ct)
    {
        var filing = await db.OnlineFilings.AsNoTracking().SingleOrDefaultAsync(f => f.CaseId == caseId && f.Status == FilingStatus.Accepted, ct);
        if (filing?.KindSlug is null || !kinds.TryGet(filing.KindSlug, out var kind)) return 0;
        if (await payments.FindForFilingAsync(filing.Id, ct) is not { Status: FeePaymentStatus.Paid } paid) return 0;

        var halved = LitigationFees.Estimate(kind.FeeKind, filing.ClaimAmount, [reason], FeeSchedule.Fujian);
        var refund = paid.Amount - halved.Fee.Yuan - paid.RefundedAmount;
        if (refund <= 0) return 0;
        var why = reason == FeeReduction.Mediation ? "以调解方式结案" : "准许撤诉";
        await payments.RefundAsync(paid.Id, refund, $"{why}，案件受理费减半交纳（{halved.Basis}）", $"case:{caseId}:fee-halved", ct);
        await notifier.NotifyAsync(filing.FiledById, "诉讼费退费", $"{filing.CaseNumber}{why}，案件受理费减半交纳，已退还{refund:#,0.00}元。",
            NotificationChannels.All, idempotencyKey: $"case:{caseId}:fee-halved", caseId: caseId, ct: ct);
        return refund;
    }
}
