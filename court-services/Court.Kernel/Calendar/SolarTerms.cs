namespace Court.Kernel.Calendar;

/// <summary>
/// The solar terms (节气) the statutory holidays need: 清明 is the day, in Beijing time, on which the sun's apparent ecliptic
/// longitude reaches 15°. The sun's position follows Meeus, <i>Astronomical Algorithms</i> ch. 25 (low accuracy, about
/// 0.01°, i.e. a quarter of an hour), which is enough to name the day except when the moment falls within minutes of
/// midnight; dates computed this way are provisional until the State Council's notice for the year is loaded anyway.
/// </summary>
public static class SolarTerms
{
    private const double J2000 = 2451545.0;
    private const double UnixEpochJulianDay = 2440587.5;
    private const double DegreesPerDay = 360.0 / 365.2422;
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    // TT − UT (ΔT) is about 69 s in the 2020s; the longitude is computed in TT.
    private static readonly TimeSpan DeltaT = TimeSpan.FromSeconds(69);

    /// <summary>The date in Beijing time of 清明 (solar longitude 15°) in <paramref name="year"/>.</summary>
    public static DateOnly Qingming(int year) => DateOf(MomentOfLongitude(15, new DateTime(year, 4, 4, 0, 0, 0, DateTimeKind.Utc)));

    /// <summary>The UTC moment near <paramref name="guess"/> at which the sun's apparent longitude is <paramref name="degrees"/>.</summary>
    public static DateTime MomentOfLongitude(double degrees, DateTime guess)
    {
        var moment = guess;
        for (var i = 0; i < 8; i++)
        {
            var behind = Normalise(degrees - ApparentLongitude(moment));
            moment = moment.AddDays(behind / DegreesPerDay);
            if (Math.Abs(behind) < 1e-6) break;
        }
        return moment;
    }

    /// <summary>The sun's apparent ecliptic longitude in degrees [0, 360) at the UTC moment <paramref name="utc"/>.</summary>
    public static double ApparentLongitude(DateTime utc)
    {
        var julianDay = UnixEpochJulianDay + (utc + DeltaT - DateTime.UnixEpoch).TotalDays;
        var t = (julianDay - J2000) / 36525.0;
        var meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        var meanAnomaly = Radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        var centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.Sin(meanAnomaly)
            + (0.019993 - 0.000101 * t) * Math.Sin(2 * meanAnomaly)
            + 0.000289 * Math.Sin(3 * meanAnomaly);
        var ascendingNode = Radians(125.04 - 1934.136 * t);
        var apparent = meanLongitude + centre - 0.00569 - 0.00478 * Math.Sin(ascendingNode);
        return ((apparent % 360) + 360) % 360;
    }

    private static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(utc + Beijing);

    private static double Normalise(double degrees) => ((degrees % 360) + 540) % 360 - 180;

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
