namespace Court.Host.Jobs;

internal enum JobStatus
{
    Queued,
    Running,
    Succeeded,

    /// <summary>Dead letter: every attempt failed. Stays until an administrator retries it.</summary>
    Failed,
    Cancelled,
}

/// <summary>
/// One durable job. A worker claims it by setting <see cref="LeaseOwner"/> and <see cref="LeaseUntil"/> and keeps the lease
/// alive while it runs; a Running job whose lease has expired belongs to a dead process and is claimed again.
/// </summary>
internal sealed class Job
{
    public const int KindMaxLength = 100;
    public const int IdempotencyKeyMaxLength = 200;
    public const int LastErrorMaxLength = 1000;
    public const int ProgressMessageMaxLength = 200;

    public Guid Id { get; set; }
    public required string Kind { get; set; }
    public required string PayloadJson { get; set; }
    public string? IdempotencyKey { get; set; }
    public JobStatus Status { get; set; }

    /// <summary>How many times a worker has started it, including runs cut short by a crash.</summary>
    public int Attempts { get; set; }

    public int MaxAttempts { get; set; }
    public DateTime RunAfter { get; set; }
    public DateTime? LeaseUntil { get; set; }
    public string? LeaseOwner { get; set; }
    public int Progress { get; set; }
    public string? ProgressMessage { get; set; }

    /// <summary>The last failure's exception type and message, shortened; stack traces go to the log only.</summary>
    public string? LastError { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the latest attempt started.</summary>
    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    public static Job New(string kind, string payloadJson, string? idempotencyKey, DateTime runAfter, DateTime now, int maxAttempts) => new()
    {
        Id = Guid.CreateVersion7(),
        Kind = kind,
        PayloadJson = payloadJson,
        IdempotencyKey = idempotencyKey,
        Status = JobStatus.Queued,
        MaxAttempts = maxAttempts,
        RunAfter = runAfter,
        CreatedAt = now,
    };

    public bool CanBeRetriedByAdmin => Status is JobStatus.Failed or JobStatus.Cancelled;

    /// <summary>Exponential backoff after the failed <paramref name="attempt"/>: base × 2^(attempt−1), capped.</summary>
    public static TimeSpan RetryDelay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(baseDelay.Ticks * factor, maxDelay.Ticks));
        return delay;
    }

    public static string DescribeError(Exception error)
    {
        var text = $"{error.GetType().Name}: {error.Message}";
        return text.Length <= LastErrorMaxLength ? text : text[..(LastErrorMaxLength - 1)] + "…";
    }

    public static string ChineseName(JobStatus status) => status switch
    {
        JobStatus.Queued => "排队中",
        JobStatus.Running => "运行中",
        JobStatus.Succeeded => "已完成",
        JobStatus.Failed => "失败",
        JobStatus.Cancelled => "已取消",
        _ => status.ToString(),
    };
}
