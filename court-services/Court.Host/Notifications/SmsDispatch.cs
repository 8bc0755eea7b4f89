using Court.Host.Jobs;
using Court.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Notifications;

internal static class SmsDispatch
{
    /// <summary>
    /// Adds a dispatch job for outbox rows being saved with it, unless one is waiting: a waiting job picks the rows up too, a running
    /// one may already have read the outbox. Call <see cref="JobQueue.WakeIfDue"/> with the job once saved.
    /// </summary>
    public static async Task<Job?> QueueAsync(CourtDb db, JobQueue jobs, CancellationToken ct) =>
        await db.Jobs.AnyAsync(j => j.Kind == SmsDispatchJob.JobKind && j.Status == JobStatus.Queued, ct)
            ? null
            : jobs.Add(db, SmsDispatchJob.JobKind, "{}");
}
