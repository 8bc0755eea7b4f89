using System.Globalization;

namespace Court.Kernel.Calendar;

/// <summary>
/// The 13 holidays that 《全国年节及纪念日放假办法》 (2024 revision, art. 2) fixes for everyone, without the State Council's
/// arrangement of a year (调休, bridging days): 元旦 1 January; 春节 农历除夕 and 正月初一至初三; 清明 the day of the 清明 solar term;
/// 劳动节 1–2 May; 端午 农历五月初五; 中秋 农历八月十五; 国庆 1–3 October. Lunar dates come from the lunisolar calendar of .NET
/// (<see cref="ChineseLunisolarCalendar"/>, 1901–2100).
/// </summary>
public static class StatutoryHolidays
{
    private static readonly ChineseLunisolarCalendar Lunar = new();

    public static IReadOnlyList<StatutoryHoliday> Of(int year)
    {
        var springFestival = LunarDate(year, 1, 1);
        return
        [
            new("元旦", new DateOnly(year, 1, 1), new DateOnly(year, 1, 1)),
            new("春节", springFestival.AddDays(-1), springFestival.AddDays(2)),
            new("清明节", SolarTerms.Qingming(year), SolarTerms.Qingming(year)),
            new("劳动节", new DateOnly(year, 5, 1), new DateOnly(year, 5, 2)),
            new("端午节", LunarDate(year, 5, 5), LunarDate(year, 5, 5)),
            new("中秋节", LunarDate(year, 8, 15), LunarDate(year, 8, 15)),
            new("国庆节", new DateOnly(year, 10, 1), new DateOnly(year, 10, 3)),
        ];
    }

    /// <summary>The Gregorian date of lunar <paramref name="month"/>/<paramref name="day"/> (not a leap month) of the lunar year that starts in <paramref name="year"/>.</summary>
    public static DateOnly LunarDate(int year, int month, int day)
    {
        // GetLeapMonth names the slot of the leap month (e.g. 5 when the fourth month repeats); later months shift by one slot.
        var leapSlot = Lunar.GetLeapMonth(year);
        var slot = leapSlot != 0 && leapSlot <= month ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, slot, day, 0, 0, 0, 0));
    }
}
