using Court.Kernel.Calendar;
using Court.Seeds.Reference;

namespace Court.Kernel.Tests.Calendar;

public class Counting_a_period_in_days
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // 民事诉讼法 art. 85 ¶2: the start day is not counted (15-day appeal period for a judgment, art. 171)
    [InlineData("2026-03-02", 15, "2026-03-17")]
    // art. 85 ¶3: a last day on an ordinary Saturday moves to Monday
    [InlineData("2026-03-13", 15, "2026-03-30")]
    // art. 85 ¶3: a last day inside the 2026 Spring Festival (2月15日–23日) moves to 24 February
    [InlineData("2026-02-05", 10, "2026-02-24")]
    // art. 85 ¶3 with the notice: Saturday 14 February 2026 is a working day, so the period ends on it
    [InlineData("2026-02-04", 10, "2026-02-14")]
    // art. 85 ¶3: a last day in National Day (10月1日–7日) moves to Thursday 8 October
    [InlineData("2026-09-22", 10, "2026-10-08")]
    // art. 85: rest days inside the period are counted, not skipped
    [InlineData("2026-09-24", 15, "2026-10-09")]
    // adjusted working days: Sunday 20 September and Saturday 10 October 2026
    [InlineData("2026-09-10", 10, "2026-09-20")]
    [InlineData("2026-10-03", 7, "2026-10-10")]
    // across the year end into 元旦 (1月1日–3日), then Sunday 4 January 2026 is a working day
    [InlineData("2025-12-22", 10, "2026-01-04")]
    // 2025: Sunday 26 January is a working day; the merged National Day/Mid-Autumn holiday runs to 8 October
    [InlineData("2025-01-19", 7, "2025-01-26")]
    [InlineData("2025-09-23", 10, "2025-10-09")]
    // the last day of a year with data
    [InlineData("2026-12-21", 10, "2026-12-31")]
    public void The_period_ends_on_the_last_day_or_the_next_working_day(string start, int days, string end)
    {
        StatutoryPeriod.EndOfDayPeriod(D(start), days, ReferenceData.Holidays).ShouldBe(D(end));
    }

    [Theory]
    // art. 85: the last day falls in 2027, for which no notice is loaded — an error, not a guess
    [InlineData("2026-12-22", 10)]
    [InlineData("2026-12-24", 15)]
    public void A_last_day_in_a_year_without_data_throws(string start, int days)
    {
        Should.Throw<CalendarDataMissingException>(() => StatutoryPeriod.EndOfDayPeriod(D(start), days, ReferenceData.Holidays))
            .Year.ShouldBe(2027);
    }

    [Fact]
    public void A_period_of_less_than_one_day_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => StatutoryPeriod.EndOfDayPeriod(D("2026-03-02"), 0, ReferenceData.Holidays));
    }
}

public class Counting_a_period_in_months_or_years
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // 民事诉讼法 art. 85: the corresponding day of the final month, or its last day when it has none
    [InlineData("2025-01-31", 1, "2025-02-28")]
    [InlineData("2026-03-31", 1, "2026-04-30")]
    [InlineData("2026-05-31", 4, "2026-09-30")]
    [InlineData("2026-04-30", 6, "2026-10-30")]
    [InlineData("2026-03-01", 6, "2026-09-01")]
    // month-end + adjusted working day: 28 February 2026 is a Saturday made a working day
    [InlineData("2026-01-31", 1, "2026-02-28")]
    [InlineData("2025-08-31", 6, "2026-02-28")]
    // art. 85 ¶3: the corresponding day is in the Spring Festival / National Day holiday
    [InlineData("2026-01-15", 1, "2026-02-24")]
    [InlineData("2026-04-05", 6, "2026-10-08")]
    // enforcement: six months from filing (DOMAIN.md §6) ending on 1 October
    [InlineData("2026-04-01", 6, "2026-10-08")]
    public void A_month_period_ends_on_the_corresponding_day(string start, int months, string end)
    {
        StatutoryPeriod.EndOfMonthPeriod(D(start), months, ReferenceData.Holidays).ShouldBe(D(end));
    }

    [Theory]
    // art. 85: a year is twelve months; 29 February has no corresponding day in 2025
    [InlineData("2024-02-29", 1, "2025-02-28")]
    [InlineData("2025-02-28", 1, "2026-02-28")]
    [InlineData("2025-04-30", 1, "2026-04-30")]
    public void A_year_period_ends_on_the_corresponding_day(string start, int years, string end)
    {
        StatutoryPeriod.EndOfYearPeriod(D(start), years, ReferenceData.Holidays).ShouldBe(D(end));
    }

    [Fact]
    public void A_month_period_ending_in_a_year_without_data_throws()
    {
        Should.Throw<CalendarDataMissingException>(() => StatutoryPeriod.EndOfMonthPeriod(D("2026-07-01"), 6, ReferenceData.Holidays));
        Should.Throw<ArgumentOutOfRangeException>(() => StatutoryPeriod.EndOfMonthPeriod(D("2026-07-01"), 0, ReferenceData.Holidays));
    }
}
