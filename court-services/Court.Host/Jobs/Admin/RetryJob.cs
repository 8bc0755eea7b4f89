using Court.Host.Persistence;
using Court.Kernel.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Court.Host.Jobs.Admin;

internal static class RetryJob
{
    internal static void MapRetryJob(this RouteGroupBuilder admin) =>
        admin.MapPost("/jobs/{id:guid}/retry", HandleAsync).WithName("RetryJob").WithSummary("重新执行失败或已取消的任务");

    internal static async Task<Results<Ok<JobView>, ProblemHttpResult>> HandleAsync(
        Guid id, CourtDb db, JobSignal signal, TimeProvider clock, IAuditLog audit, CancellationToken ct)
    {
        var job = await db.Jobs.FindAsync([id], ct);
        if (job is null) return JobProblems.JobNotFound(id);
        if (!job.CanBeRetriedByAdmin) return JobProblems.NotRetryable(job.Status);

        await RequeueAsync(db, job, clock, signal, ct);
        await audit.WriteAsync(new AuditRecord("RetryJob", Target: id.ToString()), ct);
        return TypedResults.Ok(JobView.From(job));
    }

    /// <summary>Back to the queue with a fresh set of attempts; the last error stays visible until the next run.</summary>
    internal static async Task RequeueAsync(CourtDb db, Job job, TimeProvider clock, JobSignal signal, CancellationToken ct)
    {
        job.Status = JobStatus.Queued;
        job.Attempts = 0;
        job.RunAfter = clock.GetUtcNow().UtcDateTime;
        job.FinishedAt = null;
        job.LeaseUntil = null;
        job.LeaseOwner = null;
        job.Progress = 0;
        job.ProgressMessage = null;
        await db.SaveChangesAsync(ct);
        signal.Wake();
    }
}
