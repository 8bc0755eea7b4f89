using System.Security.Cryptography;
using Court.Host.Persistence;
using Microsoft.Extensions.Options;

namespace Court.Host.Jobs;

/// <summary>
/// Claims and runs due jobs: <see cref="JobOptions.Workers"/> loops, each polling every <see cref="JobOptions.PollMilliseconds"/>
/// and woken at once by an enqueue in this process.
/// </summary>
internal sealed class JobWorker(
    IServiceScopeFactory scopes, JobRunner runner, JobSignal signal, TimeProvider clock, IOptions<JobOptions> options, ILogger<JobWorker> logger)
    : BackgroundService
{
    // Unique per process even when a container restarts with the same pid, so a reclaimed job never looks like ours.
    private readonly string _process = $"{Environment.MachineName}/{Environment.ProcessId}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Background jobs are disabled on this node (Court:Jobs:Enabled=false)");
            return;
        }
        await Task.Yield();
        var loops = Enumerable.Range(1, Math.Max(1, options.Value.Workers)).Select(i => LoopAsync($"{_process}/{i}", stoppingToken));
        await Task.WhenAll(loops);
    }

    private async Task LoopAsync(string owner, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var job = await ClaimAsync(owner, stopping);
                signal.ClaimPassed();
                if (job is not null)
                {
                    await runner.RunAsync(job, owner, stopping);
                    continue;
                }
                await signal.WaitAsync(options.Value.Poll, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Job worker {Owner} could not claim a job; trying again", owner);
                await Task.Delay(options.Value.Poll, clock, CancellationToken.None);
            }
        }
    }

    private async Task<ClaimedJob?> ClaimAsync(string owner, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        return await JobClaim.ClaimNextAsync(db, owner, clock.GetUtcNow().UtcDateTime, options.Value.Lease, ct);
    }
}
