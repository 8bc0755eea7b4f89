using Court.Host.Litigation.Payments;
using Court.Host.Litigation.Progress;
using Court.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Filings;

/// <summary>When a filing's fee is paid: a progress node for the filer (idempotent, as the bank may notify again).</summary>
internal sealed class FilingFeePaid(CourtDb db, CaseProgress progress) : IFeePaymentListener
{
    public async Task OnPaidAsync(FeePayment payment, CancellationToken ct)
    {
        var filing = await db.OnlineFilings.AsNoTracking().Where(f => f.Id == payment.FilingId)
            .Select(f => new { f.Id, f.FiledById, f.Reference }).SingleOrDefaultAsync(ct);
        if (filing is null) return;
        await progress.RecordForFilingAsync(filing.Id, filing.FiledById, ProgressNodeKind.FeePaid, "已交纳案件受理费",
            $"已交纳{payment.Amount:#,0.00}元（订单{payment.Id:N}）。", $"filing:{filing.Id}:fee-paid:{payment.Id}", ct);
    }
}
