namespace Court.Kernel;

/// <summary>Times are stored in UTC and shown to people in China Standard Time.</summary>
public static class ShanghaiTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTimeOffset From(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    public static DateTimeOffset From(DateTime utc) =>
        From(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>e.g. 2026年11月22日 10:21.</summary>
    public static string Format(DateTimeOffset utc) => From(utc).ToString("yyyy年M月d日 HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(DateTime utc) => Format(From(utc));

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(From(clock.GetUtcNow()).DateTime);
}
