namespace Court.Host.Jobs.Admin;

/// <summary>A job as 管理 → 后台任务 and <c>GET /api/admin/jobs</c> show it. Times are UTC.</summary>
internal sealed record JobView(
    Guid Id,
    string Kind,
    string Status,
    string StatusName,
    int Attempts,
    int MaxAttempts,
    int Progress,
    string? ProgressMessage,
    string? LastError,
    string? IdempotencyKey,
    DateTime CreatedAt,
    DateTime RunAfter,
    DateTime? StartedAt,
    DateTime? FinishedAt)
{
    public static JobView From(Job job) => new(job.Id, job.Kind, job.Status.ToString(), Job.ChineseName(job.Status),
        job.Attempts, job.MaxAttempts, job.Progress, job.ProgressMessage, job.LastError, job.IdempotencyKey,
        job.CreatedAt, job.RunAfter, job.StartedAt, job.FinishedAt);
}
