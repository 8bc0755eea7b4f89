namespace Court.Host.Jobs;

/// <summary>Bound from <c>Court:Jobs</c>.</summary>
internal sealed class JobOptions
{
    public const string Section = "Court:Jobs";

    /// <summary>Off: jobs are still stored, but this node runs none (e.g. a web-only node).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a claim holds without a heartbeat; also how long a dead process's job waits before it runs again.</summary>
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>How often an idle worker looks for due jobs (an enqueue in this process wakes it at once).</summary>
    public int PollMilliseconds { get; set; } = 1000;

    /// <summary>Jobs run at the same time on this node.</summary>
    public int Workers { get; set; } = 2;

    public int MaxAttempts { get; set; } = 5;

    public int RetryBaseSeconds { get; set; } = 5;

    public int RetryMaxSeconds { get; set; } = 600;

    public TimeSpan Lease => TimeSpan.FromSeconds(Math.Max(1, LeaseSeconds));
    public TimeSpan Poll => TimeSpan.FromMilliseconds(Math.Max(10, PollMilliseconds));
    public TimeSpan RetryBase => TimeSpan.FromSeconds(Math.Max(0, RetryBaseSeconds));
    public TimeSpan RetryMax => TimeSpan.FromSeconds(Math.Max(RetryBaseSeconds, RetryMaxSeconds));
}
