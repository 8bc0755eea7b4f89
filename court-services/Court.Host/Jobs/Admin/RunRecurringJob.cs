using Court.Kernel.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Court.Host.Jobs.Admin;

internal sealed record RunRecurringJobResponse(Guid JobId);

internal static class RunRecurringJob
{
    internal static void MapRunRecurringJob(this RouteGroupBuilder admin) =>
        admin.MapPost("/recurring-jobs/{name}/run", HandleAsync).WithName("RunRecurringJob").WithSummary("立即运行一次定时任务");

    internal static async Task<Results<Accepted<RunRecurringJobResponse>, ProblemHttpResult>> HandleAsync(
        string name, RecurringJobScheduler scheduler, IAuditLog audit, CancellationToken ct)
    {
        if (await scheduler.RunNowAsync(name, ct) is not { } jobId) return JobProblems.ScheduleNotFound(name);
        await audit.WriteAsync(new AuditRecord("RunRecurringJob", Target: name), ct);
        return TypedResults.Accepted((string?)null, new RunRecurringJobResponse(jobId));
    }
}
