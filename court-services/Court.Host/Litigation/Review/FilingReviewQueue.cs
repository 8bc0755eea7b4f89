using System.Security.Claims;
using Court.Host.Identity;
using Court.Host.Litigation.Filings;
using Court.Host.Litigation.Payments;
using Court.Host.Persistence;
using Court.Kernel;
using Court.Seeds.Reference;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Review;

internal sealed record ReviewQueueItem(Guid Id, string Reference, string Status, string StatusName, string? Kind, string? KindName, string? CourtName,
    string FilerName, bool FiledByCounsel, string Plaintiffs, string Defendants, decimal? Fee, bool FeePaid, bool ConsentsToMediation,
    DateTime? SubmittedAt, DateOnly? ReviewDueOn, int DaysLeft, int Round)
{
    public bool Overdue => DaysLeft < 0;

    public string SubmittedAtText => SubmittedAt is { } at ? ShanghaiTime.Format(at) : "";

    /// <summary>还剩 n 天 / 今日到期 / 已超期 n 天.</summary>
    public string CountdownText => DaysLeft switch
    {
        > 0 => $"还剩{DaysLeft}天",
        0 => "今日到期",
        _ => $"已超期{-DaysLeft}天",
    };
}

/// <summary>立案审查队列: every submitted filing, the one whose seven days run out first at the top.</summary>
internal static class FilingReviewQueue
{
    internal static void MapFilingReviewQueue(this RouteGroupBuilder review) =>
        review.MapGet("/", async (ClaimsPrincipal user, CourtDb db, ReferenceData reference, TimeProvider clock, CancellationToken ct) =>
                user.IsFilingClerk() ? Results.Ok(await LoadAsync(db, reference, clock, ct)) : LitigationProblem.Forbidden("只有立案法官可以查看立案审查队列。").ToResult())
            .WithSummary("立案审查队列（七日审查期限倒计时）");

    internal static async Task<IReadOnlyList<ReviewQueueItem>> LoadAsync(CourtDb db, ReferenceData reference, TimeProvider clock, CancellationToken ct)
    {
        var filings = await db.OnlineFilings.AsNoTracking().Include(f => f.Parties)
            .Where(f => f.Status == FilingStatus.Submitted).OrderBy(f => f.ReviewDueOn).ThenBy(f => f.SubmittedAt).Take(500).ToListAsync(ct);
        var ids = filings.Select(f => f.Id).ToList();
        var paid = await db.FeePayments.AsNoTracking().Where(p => ids.Contains(p.FilingId) && p.Status == FeePaymentStatus.Paid)
            .Select(p => p.FilingId).ToListAsync(ct);
        var filerIds = filings.Select(f => f.FiledById).Distinct().ToList();
        var filers = await db.Set<CourtUser>().AsNoTracking().Where(u => filerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var today = ShanghaiTime.Today(clock);
        return filings.Select(f => new ReviewQueueItem(f.Id, f.Reference, f.Status.ToString(), f.Status.ChineseName(), f.KindSlug,
            f.KindSlug is { } slug && reference.FilingKinds.TryGet(slug, out var kind) ? kind.Name : null, FilingDocuments.CourtNameOf(f, reference),
            filers.GetValueOrDefault(f.FiledById, ""), f.FiledByCounsel, Names(f, PartySide.Plaintiff), Names(f, PartySide.Defendant), f.Fee,
            paid.Contains(f.Id), f.ConsentsToMediation, f.SubmittedAt, f.ReviewDueOn,
            f.ReviewDueOn is { } due ? due.DayNumber - today.DayNumber : 0, f.Round)).ToList();
    }

    private static string Names(OnlineFiling filing, PartySide side) =>
        string.Join("、", filing.Parties.Where(p => p.Side == side).OrderBy(p => p.Order).Select(p => p.Name));
}
