using Court.Host.Persistence;
using Court.Kernel.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.Options;

namespace Court.Host.Jobs;

/// <summary>
/// Runs one claimed attempt: finds the handler, keeps the lease alive, records progress and the outcome.
/// Every write is conditional on still holding the lease, so a worker that lost its job (paused too long,
/// then another node took over) cannot overwrite the new owner's state.
/// </summary>
internal sealed class JobRunner(IServiceScopeFactory scopes, TimeProvider clock, IOptions<JobOptions> options, ILogger<JobRunner> logger)
{
    public async Task RunAsync(ClaimedJob job, string owner, CancellationToken stopping)
    {
        if (job.Attempts > job.MaxAttempts)
        {
            // Crashed mid-run on its last attempt: do not start it yet again.
            await FinishAsync(job, owner, JobStatus.Failed, "运行过程中进程多次中断，已停止重试。");
            return;
        }

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        using var stopHeartbeat = new CancellationTokenSource();
        var heartbeat = KeepLeaseAsync(job, owner, cancel, stopHeartbeat.Token);
        try
        {
            await ExecuteHandlerAsync(job, owner, cancel.Token);
            await FinishAsync(job, owner, JobStatus.Succeeded, null);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            logger.LogInformation("Job {JobId} ({Kind}) interrupted by shutdown; it will run again", job.Id, job.Kind);
            await ReleaseAsync(job, owner);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            logger.LogWarning("Job {JobId} ({Kind}) lost its lease and was stopped; another worker owns it now", job.Id, job.Kind);
        }
        catch (Exception ex)
        {
            await FailAsync(job, owner, ex);
        }
        finally
        {
            await stopHeartbeat.CancelAsync();
            await heartbeat;
        }
    }

    private async Task ExecuteHandlerAsync(ClaimedJob job, string owner, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetServices<IJobHandler>().FirstOrDefault(h => h.Kind == job.Kind)
            ?? throw new InvalidOperationException($"No handler is registered for job kind '{job.Kind}'.");
        var context = new JobContext(job.Id, job.Attempts, job.PayloadJson, (percent, message, token) => ReportProgressAsync(job, owner, percent, message, token));
        logger.LogInformation("Job {JobId} ({Kind}) attempt {Attempt} started", job.Id, job.Kind, job.Attempts);
        await handler.ExecuteAsync(context, ct);
    }

    private async Task KeepLeaseAsync(ClaimedJob job, string owner, CancellationTokenSource cancelJob, CancellationToken stop)
    {
        var every = options.Value.Lease / 3;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, stop);
                var leaseUntil = clock.GetUtcNow().UtcDateTime + options.Value.Lease;
                var extended = await UpdateOwnedAsync(job, owner, s => s.SetProperty(j => j.LeaseUntil, leaseUntil), CancellationToken.None);
                if (extended == 0)
                {
                    await cancelJob.CancelAsync();
                    return;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A busy database must not stop the job; the next beat tries again well before the lease runs out.
                logger.LogWarning(ex, "Heartbeat for job {JobId} failed", job.Id);
            }
        }
    }

    private Task ReportProgressAsync(ClaimedJob job, string owner, int percent, string? message, CancellationToken ct) =>
        UpdateOwnedAsync(job, owner, s => s
            .SetProperty(j => j.Progress, percent)
            .SetProperty(j => j.ProgressMessage, Shorten(message, Job.ProgressMessageMaxLength)), ct);

    private async Task FinishAsync(ClaimedJob job, string owner, JobStatus status, string? error)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await UpdateOwnedAsync(job, owner, s =>
        {
            s.SetProperty(j => j.Status, status).SetProperty(j => j.FinishedAt, now).SetProperty(j => j.LeaseUntil, (DateTime?)null);
            if (status == JobStatus.Succeeded) s.SetProperty(j => j.Progress, 100);
            if (error is not null) s.SetProperty(j => j.LastError, error);
        }, CancellationToken.None);
        logger.LogInformation("Job {JobId} ({Kind}) {Status} after attempt {Attempt}", job.Id, job.Kind, status, job.Attempts);
    }

    private async Task FailAsync(ClaimedJob job, string owner, Exception error)
    {
        var description = Job.DescribeError(error);
        if (job.Attempts >= job.MaxAttempts)
        {
            logger.LogError(error, "Job {JobId} ({Kind}) failed on its last attempt {Attempt}; dead-lettered", job.Id, job.Kind, job.Attempts);
            await FinishAsync(job, owner, JobStatus.Failed, description);
            return;
        }

        var retryAt = clock.GetUtcNow().UtcDateTime + Job.RetryDelay(job.Attempts, options.Value.RetryBase, options.Value.RetryMax);
        logger.LogWarning(error, "Job {JobId} ({Kind}) attempt {Attempt} failed; retrying at {RetryAt:o}", job.Id, job.Kind, job.Attempts, retryAt);
        await UpdateOwnedAsync(job, owner, s => s
            .SetProperty(j => j.Status, JobStatus.Queued)
            .SetProperty(j => j.RunAfter, retryAt)
            .SetProperty(j => j.LeaseUntil, (DateTime?)null)
            .SetProperty(j => j.LastError, description), CancellationToken.None);
    }

    private Task ReleaseAsync(ClaimedJob job, string owner) =>
        UpdateOwnedAsync(job, owner, s => s
            .SetProperty(j => j.Status, JobStatus.Queued)
            .SetProperty(j => j.RunAfter, clock.GetUtcNow().UtcDateTime)
            .SetProperty(j => j.LeaseUntil, (DateTime?)null), CancellationToken.None);

    private async Task<int> UpdateOwnedAsync(ClaimedJob job, string owner, Action<UpdateSettersBuilder<Job>> set, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        return await db.Jobs
            .Where(j => j.Id == job.Id && j.Status == JobStatus.Running && j.LeaseOwner == owner && j.Attempts == job.Attempts)
            .ExecuteUpdateAsync(set, ct);
    }

    private static string? Shorten(string? text, int max) =>
        text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}
