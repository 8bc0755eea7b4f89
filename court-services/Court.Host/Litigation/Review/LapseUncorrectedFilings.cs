using Court.Host.Calendar;
using Court.Host.Litigation.Filings;
using Court.Host.Litigation.Payments;
using Court.Host.Litigation.Progress;
using Court.Host.Persistence;
using Court.Kernel;
using Court.Kernel.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Review;

/// <summary>
/// 逾期未补正 (登记立案规定第七条第二款: 当事人在指定期限内没有补正的，退回诉状并记录在册): every day, a filing whose correction term
/// ended before today without a resubmission is closed as Lapsed, what was prepaid is refunded, and the filer is told.
/// Idempotent: a lapsed filing is no longer waiting for correction, and the refund and the node are keyed by the filing.
/// A term whose end is still provisional (a year without the State Council's notice, DOMAIN.md §6) never lapses a filing: it
/// waits until a loaded notice settles the date, or a clerk confirms it.
/// </summary>
internal sealed class LapseUncorrectedFilings(CourtDb db, FeePayments payments, CaseProgress progress, TimeProvider clock) : IJobHandler
{
    public const string JobKind = "filing.lapse-uncorrected";

    public string Kind => JobKind;

    public string DisplayName => "逾期未补正的立案申请退回";

    public async Task ExecuteAsync(JobContext context, CancellationToken ct)
    {
        var today = ShanghaiTime.Today(clock);
        var lapsed = await db.OnlineFilings.Include(f => f.Parties)
            .Where(f => f.Status == FilingStatus.CorrectionRequested && f.CorrectBy < today)
            .Where(f => !db.ProvisionalDeadlines.Any(d => d.SubjectId == f.Id && d.Kind == DeadlineKind.FilingCorrection && d.SettledAt == null))
            .Take(500).ToListAsync(ct);
        foreach (var filing in lapsed)
        {
            filing.Status = FilingStatus.Lapsed;
            if ((await FilingSaves.SaveAsync(db, filing, clock, ct)).Problem is not null) continue;   // resubmitted meanwhile
            await ReviewedFiling.RefundAllAsync(payments, filing, "逾期未补正，退回起诉材料并退还预交的案件受理费", ct);
            await progress.RecordForFilingAsync(filing.Id, filing.FiledById, ProgressNodeKind.Rejected, "逾期未补正，起诉材料已退回",
                $"补正期限已于{filing.CorrectBy:yyyy年M月d日}届满。如仍需起诉，可以重新提交网上立案申请。", $"filing:{filing.Id}:lapsed", ct);
        }
        await context.ReportProgressAsync(100, $"已退回 {lapsed.Count} 份逾期未补正的立案申请", ct);
    }
}
