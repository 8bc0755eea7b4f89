using Court.Host.Litigation.Filings;
using Court.Host.Persistence;
using Court.Kernel.Calendar;
using Court.Kernel.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Calendar;

/// <summary>
/// DOMAIN.md §6: when a year's notice is loaded, every open provisional deadline is counted again; the owner's date moves with it
/// and everyone it concerns is told the new date. Runs after each load and at start-up (a new seeds file arrives with a deploy);
/// idempotent, since settled deadlines are skipped and each message is keyed by the deadline and its new end.
/// </summary>
internal sealed class RecountProvisionalDeadlines(CourtDb db, CourtCalendar calendar, INotifier notifier, TimeProvider clock)
{
    public sealed record Moved(Guid DeadlineId, string Label, DateOnly From, PeriodEnd To);

    public async Task<IReadOnlyList<Moved>> RunAsync(CancellationToken ct)
    {
        await calendar.ReloadAsync(db, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.ProvisionalDeadlines.Where(d => d.SettledAt == null).OrderBy(d => d.CreatedAt).Take(5000).ToListAsync(ct);
        var moved = new List<(ProvisionalDeadline Deadline, Moved Change)>();
        foreach (var deadline in open)
        {
            var before = deadline.End;
            var end = deadline.Recompute(calendar.Current, now);
            if (end.End == before) continue;
            await MoveOwnerAsync(deadline, end.End, ct);
            moved.Add((deadline, new Moved(deadline.Id, deadline.Label, before, end)));
        }
        await db.SaveChangesAsync(ct);

        foreach (var (deadline, change) in moved)
        {
            foreach (var recipient in deadline.RecipientIds())
            {
                await notifier.NotifyAsync(recipient, $"{deadline.Label}已调整",
                    $"国务院节假日安排已载入，{deadline.Label}由{change.From:yyyy年M月d日}调整为{change.To.Display}。详情：{deadline.Link}",
                    NotificationChannels.All, $"deadline:{deadline.Id}:{change.To.End:yyyyMMdd}:{recipient:N}", ct: ct,
                    link: deadline.Link.Length > 0 ? deadline.Link : null);
            }
        }
        return [.. moved.Select(m => m.Change)];
    }

    private async Task MoveOwnerAsync(ProvisionalDeadline deadline, DateOnly end, CancellationToken ct)
    {
        switch (deadline.Kind)
        {
            case DeadlineKind.FilingCorrection:
                await db.OnlineFilings.Where(f => f.Id == deadline.SubjectId && f.Status == FilingStatus.CorrectionRequested)
                    .ExecuteUpdateAsync(s => s.SetProperty(f => f.CorrectBy, end).SetProperty(f => f.Version, f => f.Version + 1), ct);
                break;
            case DeadlineKind.FilingReview:
                await db.OnlineFilings.Where(f => f.Id == deadline.SubjectId && f.Status == FilingStatus.Submitted)
                    .ExecuteUpdateAsync(s => s.SetProperty(f => f.ReviewDueOn, end).SetProperty(f => f.Version, f => f.Version + 1), ct);
                break;
            default:
                // 交费期限 and 举证期限 live in the documents already served; the message above is the notice of the new date.
                break;
        }
    }
}
