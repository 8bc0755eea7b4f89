namespace Court.Kernel.Jobs;

/// <summary>
/// Durable background work. A job is stored before this returns, survives restarts, and runs at least once;
/// handlers make their side effects idempotent (see docs/adr/0003).
/// </summary>
public interface IJobQueue
{
    /// <summary>
    /// Stores a job of <paramref name="kind"/> with <paramref name="payload"/> serialised as JSON, and returns its id.
    /// When a job with the same <paramref name="idempotencyKey"/> exists (in any state), its id is returned and nothing new is stored.
    /// </summary>
    Task<Guid> EnqueueAsync(string kind, object payload, string? idempotencyKey = null, DateTime? runAfterUtc = null, CancellationToken ct = default);
}
