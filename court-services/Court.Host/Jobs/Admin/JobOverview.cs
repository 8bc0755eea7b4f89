using Court.Host.Persistence;
using Court.Kernel.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Jobs.Admin;

/// <summary>A recurring schedule as one row: how often, when it ran last and how that went, when it runs next, how many runs are kept.</summary>
internal sealed record RecurringSummary(RecurringJobDefinition Definition, RecurringSchedule? Stored, Job? LastRun, int Runs, int FailedRuns);

internal sealed record OneOffJobsPage(IReadOnlyList<Job> Jobs, int Total, int Page, int PageCount, IReadOnlyDictionary<JobStatus, int> Counts);

/// <summary>
/// 管理 → 后台任务 in two parts, so a schedule that runs every minute cannot push everything else off the page: recurring runs are
/// summed up per schedule (their idempotency key names it, <see cref="RecurringJobScheduler.DueKey"/>), one-off jobs are paged on their own.
/// </summary>
internal static class JobOverview
{
    public const int PageSize = 50;
    private const string RecurringPrefix = "recurring:";

    public static async Task<IReadOnlyList<RecurringSummary>> RecurringAsync(CourtDb db, RecurringJobScheduler scheduler, CancellationToken ct)
    {
        var stored = await db.RecurringSchedules.AsNoTracking().ToDictionaryAsync(s => s.Name, ct);
        var summaries = new List<RecurringSummary>();
        foreach (var definition in scheduler.Definitions.Values.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            var prefix = $"{RecurringPrefix}{definition.Name}:";
            var runs = db.Jobs.AsNoTracking().Where(j => j.IdempotencyKey != null && j.IdempotencyKey.StartsWith(prefix));
            var last = await runs.OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id).FirstOrDefaultAsync(ct);
            summaries.Add(new(definition, stored.GetValueOrDefault(definition.Name), last, await runs.CountAsync(ct),
                await runs.CountAsync(j => j.Status == JobStatus.Failed, ct)));
        }
        return summaries;
    }

    public static async Task<OneOffJobsPage> OneOffAsync(CourtDb db, JobStatus? status, int page, CancellationToken ct)
    {
        var oneOff = db.Jobs.AsNoTracking().Where(j => j.IdempotencyKey == null || !j.IdempotencyKey.StartsWith(RecurringPrefix));
        var counts = (await oneOff.GroupBy(j => j.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(c => c.Key, c => c.Count);
        var shown = status is { } s ? oneOff.Where(j => j.Status == s) : oneOff;
        var total = status is { } t ? counts.GetValueOrDefault(t) : counts.Values.Sum();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var jobs = await shown.OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new OneOffJobsPage(jobs, total, page, pageCount, counts);
    }
}
