namespace Court.Kernel.Jobs;

/// <summary>
/// A job enqueued on a cadence: every <see cref="Interval"/>, or daily at <see cref="DailyAt"/> China Standard Time.
/// Registered in code with <see cref="JobServiceCollectionExtensions.AddRecurringJob(Microsoft.Extensions.DependencyInjection.IServiceCollection, string, string, TimeSpan, object?)"/>;
/// the host keeps each schedule's next run in the database so every node agrees on it.
/// </summary>
public sealed record RecurringJobDefinition
{
    public RecurringJobDefinition(string name, string kind, TimeSpan? interval, TimeOnly? dailyAt, string payloadJson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        if (interval is null == dailyAt is null) throw new ArgumentException("Give either an interval or a daily time, not both.");
        if (interval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(interval), "The interval must be positive.");
        (Name, Kind, Interval, DailyAt, PayloadJson) = (name, kind, interval, dailyAt, payloadJson);
    }

    public string Name { get; }
    public string Kind { get; }
    public TimeSpan? Interval { get; }
    public TimeOnly? DailyAt { get; }
    public string PayloadJson { get; }

    /// <summary>The first due time strictly after <paramref name="utc"/>.</summary>
    public DateTime NextDueAfter(DateTime utc)
    {
        utc = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        if (Interval is { } interval) return utc + interval;

        var local = ShanghaiTime.From(utc).DateTime;
        var candidate = local.Date + DailyAt!.Value.ToTimeSpan();
        if (candidate <= local) candidate = candidate.AddDays(1);
        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(candidate, DateTimeKind.Unspecified), ShanghaiTime.Zone);
    }

    /// <summary>
    /// After the run due at <paramref name="due"/>: the next due time after <paramref name="nowUtc"/>.
    /// Runs missed while no node was up are skipped, not replayed one by one.
    /// </summary>
    public DateTime NextDueAfterRun(DateTime due, DateTime nowUtc)
    {
        if (Interval is not { } interval) return NextDueAfter(nowUtc > due ? nowUtc : due);
        var next = due + interval;
        if (next > nowUtc) return next;
        var missed = (nowUtc - due).Ticks / interval.Ticks;
        return due + TimeSpan.FromTicks(interval.Ticks * (missed + 1));
    }

    /// <summary>e.g. 每 5 分钟 / 每天 03:00（北京时间）.</summary>
    public string DescribeInChinese() => Interval is { } i
        ? i.TotalHours >= 1 && i.TotalHours % 1 == 0 ? $"每 {i.TotalHours:0} 小时"
        : i.TotalMinutes >= 1 && i.TotalMinutes % 1 == 0 ? $"每 {i.TotalMinutes:0} 分钟"
        : $"每 {i.TotalSeconds:0} 秒"
        : $"每天 {DailyAt:HH\\:mm}（北京时间）";
}
