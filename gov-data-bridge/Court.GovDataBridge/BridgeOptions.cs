namespace Court.GovDataBridge;

/// <summary>Bound from <c>Court:Bridge</c> (README "Configuration").</summary>
internal sealed class BridgeOptions
{
    public const string Section = "Court:Bridge";

    /// <summary>Loopback port the in-process bridge serves gRPC on (<c>COURT_BRIDGE_PORT</c>; 0 = any free port).</summary>
    public int Port { get; set; } = 5081;

    /// <summary>A bridge running elsewhere (its own host in the extranet zone); when set, this node runs none and calls that one.</summary>
    public string? Address { get; set; }

    /// <summary>The government platform's address; empty = the embedded sandbox platform.</summary>
    public string? PlatformAddress { get; set; }

    /// <summary>The key the platform issued to the court (sent as <c>authorization: Bearer</c>); the sandbox's when empty.</summary>
    public string? PlatformKey { get; set; }

    /// <summary>Deadline of one platform call.</summary>
    public int CallDeadlineMilliseconds { get; set; } = 3000;

    /// <summary>Attempts for a query (never for an action: those retry through the durable queue).</summary>
    public int QueryAttempts { get; set; } = 3;

    public int RetryBaseMilliseconds { get; set; } = 100;

    /// <summary>Consecutive failed platform calls that open the circuit.</summary>
    public int BreakerFailureThreshold { get; set; } = 5;

    /// <summary>How long an open circuit fails fast before one trial call is let through.</summary>
    public int BreakerOpenMilliseconds { get; set; } = 10_000;

    public int MaxConcurrentPlatformCalls { get; set; } = 32;

    /// <summary>
    /// Kept below the platform's limit (500/s for the city's platform) with room for calls bunching on the way, so the
    /// bridge does not hear RESOURCE_EXHAUSTED (docs/performance.md).
    /// </summary>
    public int PlatformCallsPerSecond { get; set; } = 470;

    /// <summary>How long a query result is reused for the same subject (each use is still audited and snapshotted); 0 = off.</summary>
    public int CacheSeconds { get; set; } = 120;

    /// <summary>Attempts of the durable action job before an officer must look at it (with backoff: about a day).</summary>
    public int ActionAttempts { get; set; } = 40;

    /// <summary>Respondents of one batch queried at the same time.</summary>
    public int BatchParallelism { get; set; } = 32;

    /// <summary>Largest batch accepted in one call.</summary>
    public int MaxBatchSize { get; set; } = 20_000;
}
