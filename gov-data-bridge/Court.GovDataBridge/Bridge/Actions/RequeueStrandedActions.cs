using Court.GovData.Bridge.V1;
using Court.GovDataBridge.Persistence;
using Court.Kernel.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Court.GovDataBridge.Bridge.Actions;

/// <summary>
/// A request stored just before a crash may have no job yet: this recurring job finds queued requests older than a
/// minute and enqueues them (a no-op for those that have one: the job key is the request's key).
/// </summary>
internal sealed class RequeueStrandedActions(BridgeDb db, IJobQueue jobs, TimeProvider clock) : IJobHandler
{
    public const string JobKind = "govdata.action-requeue";

    public string Kind => JobKind;

    public string DisplayName => "补发滞留的协助执行请求";

    public async Task ExecuteAsync(JobContext context, CancellationToken ct)
    {
        var before = clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
        var stranded = await db.Actions.AsNoTracking()
            .Where(a => a.Progress == nameof(ActionProgress.Queued) && a.UpdatedAt < before)
            .Select(a => a.IdempotencyKey)
            .Take(1000)
            .ToListAsync(ct);
        foreach (var key in stranded)
            await jobs.EnqueueAsync(SubmitActionJob.JobKind, new SubmitActionJob.Payload(key), SubmitActionJob.JobKey(key), ct: ct);
    }
}
