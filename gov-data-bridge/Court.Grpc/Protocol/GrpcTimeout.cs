using System.Globalization;

namespace Court.Grpc;

/// <summary>The <c>grpc-timeout</c> header: at most 8 digits and a unit (H M S m u n).</summary>
internal static class GrpcTimeout
{
    private const int MaxDigits = 8;
    private const long MaxValue = 99_999_999;

    private static readonly (char Unit, long TicksPerUnit)[] Units =
    [
        ('u', 10),
        ('m', TimeSpan.TicksPerMillisecond),
        ('S', TimeSpan.TicksPerSecond),
        ('M', TimeSpan.TicksPerMinute),
        ('H', TimeSpan.TicksPerHour),
    ];

    public static bool TryParse(ReadOnlySpan<char> text, out TimeSpan timeout)
    {
        timeout = default;
        if (text.Length is < 2 or > MaxDigits + 1)
        {
            return false;
        }

        var digits = text[..^1];
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        var value = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        long? ticks = text[^1] switch
        {
            'n' => (value + 99) / 100,
            'u' => value * 10,
            'm' => value * TimeSpan.TicksPerMillisecond,
            'S' => value * TimeSpan.TicksPerSecond,
            'M' => value * TimeSpan.TicksPerMinute,
            'H' => value * TimeSpan.TicksPerHour, // 99,999,999 hours still fits in a long of ticks.
            _ => null,
        };
        if (ticks is null)
        {
            return false;
        }

        timeout = TimeSpan.FromTicks(ticks.Value);
        return true;
    }

    /// <summary>The finest unit that fits in 8 digits, rounded up so a peer never sees a shorter timeout.</summary>
    public static string Format(TimeSpan timeout)
    {
        var ticks = Math.Max(timeout.Ticks, 0);
        if (ticks <= MaxValue / 100)
        {
            return Math.Max(ticks * 100, 1).ToString(CultureInfo.InvariantCulture) + "n";
        }

        foreach (var (unit, ticksPerUnit) in Units)
        {
            var value = (ticks / ticksPerUnit) + (ticks % ticksPerUnit == 0 ? 0 : 1);
            if (value <= MaxValue)
            {
                return value.ToString(CultureInfo.InvariantCulture) + unit;
            }
        }

        return MaxValue.ToString(CultureInfo.InvariantCulture) + "H";
    }
}
