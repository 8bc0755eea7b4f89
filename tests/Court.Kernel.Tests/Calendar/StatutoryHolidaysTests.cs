using System.Globalization;
using Court.Kernel.Calendar;
using Court.Kernel.Tests.Reference;

namespace Court.Kernel.Tests.Calendar;

public class Inferring_the_holidays_the_law_fixes
{
    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    // 《全国年节及纪念日放假办法》第二条: 春节 is 农历正月初一 (and 除夕 the day before)
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2028, "2028-01-26")]
    [InlineData(2033, "2033-01-31")] // a year whose lunar calendar has a leap eleventh month
    public void The_spring_festival_is_the_first_day_of_the_first_lunar_month(int year, string firstDay)
    {
        StatutoryHolidays.LunarDate(year, 1, 1).ShouldBe(D(firstDay));
    }

    [Theory]
    // 端午节 农历五月初五 and 中秋节 农历八月十五, including years with a leap month before them (2025: leap sixth month; 2028: leap fifth)
    [InlineData(2024, 5, 5, "2024-06-10")]
    [InlineData(2024, 8, 15, "2024-09-17")]
    [InlineData(2025, 5, 5, "2025-05-31")]
    [InlineData(2025, 8, 15, "2025-10-06")]
    [InlineData(2026, 5, 5, "2026-06-19")]
    [InlineData(2026, 8, 15, "2026-09-25")]
    [InlineData(2027, 5, 5, "2027-06-09")]
    [InlineData(2027, 8, 15, "2027-09-15")]
    [InlineData(2028, 5, 5, "2028-05-28")]
    [InlineData(2028, 8, 15, "2028-10-03")]
    public void Lunar_festivals_follow_the_lunisolar_calendar(int year, int month, int day, string date)
    {
        StatutoryHolidays.LunarDate(year, month, day).ShouldBe(D(date));
    }

    [Theory]
    // 清明节 is the day of the 清明 solar term (solar longitude 15°), Beijing time
    [InlineData(2019, "2019-04-05")]
    [InlineData(2020, "2020-04-04")]
    [InlineData(2021, "2021-04-04")]
    [InlineData(2022, "2022-04-05")]
    [InlineData(2023, "2023-04-05")]
    [InlineData(2024, "2024-04-04")]
    [InlineData(2025, "2025-04-04")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-04-05")]
    [InlineData(2028, "2028-04-04")]
    public void Qingming_is_the_day_of_the_solar_term(int year, string date)
    {
        SolarTerms.Qingming(year).ShouldBe(D(date));
    }

    [Fact]
    public void There_are_thirteen_statutory_holidays_a_year()
    {
        // 第二条: 元旦1天, 春节4天, 清明1天, 劳动节2天, 端午1天, 中秋1天, 国庆3天
        StatutoryHolidays.Of(2027).Sum(h => h.Days().Count()).ShouldBe(13);
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Every_inferred_holiday_is_a_holiday_of_the_published_notice(int year)
    {
        // the cross-check that the inference is right: the notices (under the 2024 revision) contain every day the law fixes
        var notice = new RestDayCalendar([SeededReference.Data.HolidayNotices.Single(n => n.Year == year)]);
        foreach (var holiday in StatutoryHolidays.Of(year))
        foreach (var day in holiday.Days())
            notice.HolidayOn(day).ShouldNotBeNull($"{holiday.Festival} {day}");
    }
}
