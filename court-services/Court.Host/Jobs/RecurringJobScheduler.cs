using Court.Host.Persistence;
using Court.Kernel.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Court.Host.Jobs;

/// <summary>
/// Turns due recurring schedules into jobs. Each job's idempotency key is the schedule name and the due time,
/// so two nodes (or two ticks) that see the same due run store one job between them.
/// </summary>
internal sealed class RecurringJobScheduler(
    IServiceScopeFactory scopes, IEnumerable<RecurringJobDefinition> definitions, JobQueue queue, TimeProvider clock,
    IOptions<JobOptions> options, ILogger<RecurringJobScheduler> logger) : BackgroundService
{
    public IReadOnlyDictionary<string, RecurringJobDefinition> Definitions { get; } =
        definitions.GroupBy(d => d.Name).ToDictionary(g => g.Key, g => g.Last());

    public static string DueKey(string name, DateTime dueUtc) => $"recurring:{name}:{dueUtc:yyyy-MM-ddTHH:mm:ss.fffffff}Z";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SyncDefinitionsAsync(stoppingToken);
                break;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Could not store the recurring job schedules; trying again");
                await Task.Delay(options.Value.Poll, clock, stoppingToken);
            }
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await EnqueueDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Recurring job scheduler tick failed");
            }
            await Task.Delay(options.Value.Poll, stoppingToken);
        }
    }

    /// <summary>Stores a row per schedule defined in code; a changed cadence starts counting again from now.</summary>
    public async Task SyncDefinitionsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = await db.RecurringSchedules.ToDictionaryAsync(s => s.Name, ct);
        foreach (var definition in Definitions.Values)
        {
            if (!stored.TryGetValue(definition.Name, out var row))
            {
                db.RecurringSchedules.Add(new RecurringSchedule
                {
                    Name = definition.Name,
                    Kind = definition.Kind,
                    Interval = definition.Interval,
                    DailyAt = definition.DailyAt,
                    PayloadJson = definition.PayloadJson,
                    NextRunAt = definition.NextDueAfter(now),
                });
                continue;
            }
            if (row.Interval != definition.Interval || row.DailyAt != definition.DailyAt) row.NextRunAt = definition.NextDueAfter(now);
            (row.Kind, row.Interval, row.DailyAt, row.PayloadJson) = (definition.Kind, definition.Interval, definition.DailyAt, definition.PayloadJson);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node stored the same schedules at the same moment; theirs are as good as ours.
            logger.LogInformation("Recurring schedules were stored by another node");
        }
    }

    /// <summary>Enqueues one job per schedule whose time has come, and moves the schedule on. Returns how many were due.</summary>
    public async Task<int> EnqueueDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.RecurringSchedules.AsNoTracking().Where(s => s.NextRunAt <= now).ToListAsync(ct);
        foreach (var schedule in due)
        {
            if (!Definitions.TryGetValue(schedule.Name, out var definition)) continue;
            var jobId = await queue.EnqueueJsonAsync(definition.Kind, definition.PayloadJson, DueKey(schedule.Name, schedule.NextRunAt), null, ct);
            var next = definition.NextDueAfterRun(schedule.NextRunAt, now);
            await db.RecurringSchedules
                .Where(s => s.Name == schedule.Name && s.NextRunAt == schedule.NextRunAt)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.NextRunAt, next).SetProperty(x => x.LastJobId, jobId).SetProperty(x => x.LastEnqueuedAt, now), ct);
        }
        return due.Count;
    }

    /// <summary>立即运行: a job now, outside the cadence, which stays as it was.</summary>
    public async Task<Guid?> RunNowAsync(string name, CancellationToken ct)
    {
        if (!Definitions.TryGetValue(name, out var definition)) return null;
        var jobId = await queue.EnqueueJsonAsync(definition.Kind, definition.PayloadJson, null, null, ct);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        await db.RecurringSchedules.Where(s => s.Name == name)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastJobId, jobId).SetProperty(x => x.LastEnqueuedAt, now), ct);
        return jobId;
    }
}
