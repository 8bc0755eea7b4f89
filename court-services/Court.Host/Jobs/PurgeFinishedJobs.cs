using Court.Host.Persistence;
using Court.Kernel.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Jobs;

/// <summary>
/// Removes succeeded and cancelled jobs after <see cref="KeepDays"/> days, so the table and the admin page stay small.
/// Dead letters (Failed) stay until an administrator deals with them.
/// </summary>
internal sealed class PurgeFinishedJobs(CourtDb db, TimeProvider clock) : IJobHandler
{
    public const string JobKind = "jobs.purge-finished";
    public const int KeepDays = 30;

    public string Kind => JobKind;

    public string DisplayName => "清理过期的已完成任务";

    public async Task ExecuteAsync(JobContext context, CancellationToken ct)
    {
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-KeepDays);
        var removed = await db.Jobs
            .Where(j => (j.Status == JobStatus.Succeeded || j.Status == JobStatus.Cancelled) && j.FinishedAt < before)
            .ExecuteDeleteAsync(ct);
        await context.ReportProgressAsync(100, $"已清理 {removed} 个已结束的任务", ct);
    }
}
