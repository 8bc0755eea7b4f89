using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Court.Host.Litigation.Filings;

/// <summary>Court:Filing:PartyLookups — how often a name may be checked against an ID number, and how long every answer takes.</summary>
internal sealed class PartyLookupOptions
{
    public const string Section = "Court:Filing:PartyLookups";

    /// <summary>Lookups one user may make per minute, over all filings.</summary>
    public int PerUserPerMinute { get; set; } = 10;

    /// <summary>Lookups one filing may take per hour, whoever asks (a filing names at most 30 parties).</summary>
    public int PerFilingPerHour { get; set; } = 40;

    /// <summary>No answer — match, mismatch, not found — comes sooner than this.</summary>
    public int MinimumMilliseconds { get; set; } = 400;
}

/// <summary>
/// Issue 11 finding 3: the name ↔ ID oracle is rate limited per user and per filing (one chained partitioned limiter) and every
/// answer is padded to the same minimum duration on the injected clock, so a mismatch is no faster than a match.
/// </summary>
internal sealed class PartyLookupLimits : IDisposable
{
    private readonly PartitionedRateLimiter<(Guid User, Guid Filing)> _limiter;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _minimum;

    public PartyLookupLimits(IOptions<PartyLookupOptions> options, TimeProvider clock)
    {
        var o = options.Value;
        _clock = clock;
        _minimum = TimeSpan.FromMilliseconds(o.MinimumMilliseconds);
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<(Guid User, Guid Filing), Guid>(k => RateLimitPartition.GetFixedWindowLimiter(k.User,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = o.PerUserPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })),
            PartitionedRateLimiter.Create<(Guid User, Guid Filing), Guid>(k => RateLimitPartition.GetFixedWindowLimiter(k.Filing,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = o.PerFilingPerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 })));
    }

    /// <summary>Null when the lookup may go ahead; otherwise how long to wait (the Retry-After).</summary>
    public TimeSpan? Refusal(Guid userId, Guid filingId)
    {
        using var lease = _limiter.AttemptAcquire((userId, filingId));
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public long Start() => _clock.GetTimestamp();

    /// <summary>Waits out what is left of the minimum duration since <paramref name="started"/>.</summary>
    public Task PadAsync(long started, CancellationToken ct)
    {
        var remaining = _minimum - _clock.GetElapsedTime(started);
        return remaining > TimeSpan.Zero ? Task.Delay(remaining, _clock, ct) : Task.CompletedTask;
    }

    public void Dispose() => _limiter.Dispose();
}
