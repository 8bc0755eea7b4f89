namespace Court.Kernel.Jobs;

/// <summary>
/// Runs jobs of one <see cref="Kind"/>. Resolved in a fresh DI scope per attempt. An exception fails the attempt:
/// the job is retried with backoff and dead-lettered after its last attempt. A job can run again after a crash,
/// so side effects must be idempotent (key them by <see cref="JobContext.JobId"/> or by the payload).
/// </summary>
public interface IJobHandler
{
    /// <summary>Stable name stored with each job, e.g. <c>sms.dispatch</c>.</summary>
    string Kind { get; }

    /// <summary>What an administrator reads on 管理 → 后台任务, in Chinese; the kind itself when not given.</summary>
    string DisplayName => Kind;

    Task ExecuteAsync(JobContext context, CancellationToken ct);
}
