namespace Court.Host.Jobs;

/// <summary>
/// The stored state of a recurring job defined in code (<see cref="Court.Kernel.Jobs.RecurringJobDefinition"/>):
/// when it is next due, so all nodes agree and a restart neither skips nor repeats a run.
/// </summary>
internal sealed class RecurringSchedule
{
    public const int NameMaxLength = 100;

    public required string Name { get; set; }
    public required string Kind { get; set; }
    public TimeSpan? Interval { get; set; }

    /// <summary>Time of day in China Standard Time.</summary>
    public TimeOnly? DailyAt { get; set; }

    public required string PayloadJson { get; set; }
    public DateTime NextRunAt { get; set; }
    public Guid? LastJobId { get; set; }
    public DateTime? LastEnqueuedAt { get; set; }
}
