using Court.Host.Persistence;
using Court.Kernel.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Court.Host.Jobs;

/// <summary>Stores jobs in the court database. An idempotency key is unique across all jobs ever stored (until purged).</summary>
internal sealed class JobQueue(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<JobOptions> options, JobSignal signal, IEnumerable<JobKindAttempts> attemptsByKind)
    : IJobQueue
{
    private readonly Dictionary<string, int> _attemptsByKind = attemptsByKind.ToDictionary(a => a.Kind, a => a.MaxAttempts, StringComparer.Ordinal);

    public Task<Guid> EnqueueAsync(string kind, object payload, string? idempotencyKey = null, DateTime? runAfterUtc = null, CancellationToken ct = default) =>
        EnqueueJsonAsync(kind, JobJson.Serialize(payload), idempotencyKey, runAfterUtc, ct);

    public async Task<Guid> EnqueueJsonAsync(string kind, string payloadJson, string? idempotencyKey, DateTime? runAfterUtc, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        if (idempotencyKey is not null && await IdByKeyAsync(db, idempotencyKey, ct) is { } existing) return existing;

        var job = Add(db, kind, payloadJson, idempotencyKey, runAfterUtc);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // Another caller (or node) stored the same key between our look-up and our insert: theirs is the job.
            db.ChangeTracker.Clear();
            if (await IdByKeyAsync(db, idempotencyKey, ct) is { } winner) return winner;
            throw;
        }
        WakeIfDue(job);
        return job.Id;
    }

    /// <summary>
    /// Adds a job to <paramref name="db"/> without saving, so it commits together with the rows it will process
    /// (the outbox). Call <see cref="WakeIfDue"/> after saving.
    /// </summary>
    public Job Add(CourtDb db, string kind, string payloadJson, string? idempotencyKey = null, DateTime? runAfterUtc = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        if (kind.Length > Job.KindMaxLength) throw new ArgumentException($"A job kind has at most {Job.KindMaxLength} characters.", nameof(kind));
        if (idempotencyKey?.Length > Job.IdempotencyKeyMaxLength)
            throw new ArgumentException($"An idempotency key has at most {Job.IdempotencyKeyMaxLength} characters.", nameof(idempotencyKey));
        if (runAfterUtc is { Kind: not DateTimeKind.Utc }) throw new ArgumentException("runAfterUtc must be a UTC time.", nameof(runAfterUtc));

        var now = clock.GetUtcNow().UtcDateTime;
        var maxAttempts = _attemptsByKind.GetValueOrDefault(kind, Math.Max(1, options.Value.MaxAttempts));
        var job = Job.New(kind, payloadJson, idempotencyKey, runAfterUtc ?? now, now, maxAttempts);
        db.Jobs.Add(job);
        return job;
    }

    public void WakeIfDue(Job job)
    {
        if (job.RunAfter <= clock.GetUtcNow().UtcDateTime) signal.Wake();
    }

    private static async Task<Guid?> IdByKeyAsync(CourtDb db, string key, CancellationToken ct) =>
        await db.Jobs.Where(j => j.IdempotencyKey == key).Select(j => (Guid?)j.Id).SingleOrDefaultAsync(ct);
}
