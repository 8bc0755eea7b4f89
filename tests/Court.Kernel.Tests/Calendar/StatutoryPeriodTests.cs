using Court.Kernel.Calendar;
using Court.Kernel.Tests.Reference;

namespace Court.Kernel.Tests.Calendar;

public class Counting_a_period_in_days
{
    private static readonly RestDayCalendar Seeds = new(SeededReference.Data.HolidayNotices);

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
    // 国务院办公厅关于2024年部分节假日安排的通知: 春节 2月10日至17日, 2月18日（周日）上班
    [InlineData("2024-02-01", 15, "2024-02-18")]
    // 2024: 劳动节 5月1日至5日, 5月11日（周六）上班
    [InlineData("2024-04-20", 15, "2024-05-06")]
    [InlineData("2024-05-01", 10, "2024-05-11")]
    // 2024: 国庆节 10月1日至7日; 10月12日（周六）上班
    [InlineData("2024-09-20", 15, "2024-10-08")]
    [InlineData("2024-10-02", 10, "2024-10-12")]
    // across the year end: 2023-12-30 to 2024-01-01 元旦 is in the 2024 notice; 2024-12-31 → 2025-01-01 元旦 → Thursday 2 January
    [InlineData("2024-12-16", 16, "2025-01-02")]
    public void The_period_ends_on_the_last_day_or_the_next_working_day(string start, int days, string end)
    {
        StatutoryPeriod.EndOfDayPeriod(D(start), days, Seeds).End.ShouldBe(D(end));
    }

    [Theory]
    // DOMAIN.md §6: the last day falls in 2027, for which no notice is loaded — counted on the holidays the law fixes, provisional
    // 2027-01-01 (Friday) is 元旦 (《全国年节及纪念日放假办法》第二条), so the period moves to Monday 4 January
    [InlineData("2026-12-22", 10, "2027-01-04")]
    // 2027-01-08 is an ordinary Friday
    [InlineData("2026-12-24", 15, "2027-01-08")]
    // 2027-02-06 is 正月初一; 除夕 (5th) to 初三 (8th) are statutory holidays, the 6th–7th a weekend: ends Tuesday 9 February
    [InlineData("2027-01-21", 15, "2027-02-09")]
    public void A_last_day_in_a_year_without_a_notice_is_computed_provisionally(string start, int days, string end)
    {
        var period = StatutoryPeriod.EndOfDayPeriod(D(start), days, Seeds);
        period.End.ShouldBe(D(end));
        period.Provisional.ShouldBeTrue();
        period.Basis.ShouldContain("2027年的国务院节假日安排尚未载入");
        period.Display.ShouldContain(PeriodEnd.ProvisionalNote);
    }

    [Fact]
    public void A_period_ending_in_a_year_with_its_notice_is_not_provisional_and_says_why_it_moved()
    {
        var period = StatutoryPeriod.EndOfDayPeriod(D("2026-09-22"), 10, Seeds);
        period.Provisional.ShouldBeFalse();
        period.RolledOverRestDay.ShouldBeTrue();
        period.Basis.ShouldContain("第八十五条");
        period.Basis.ShouldContain("国庆节");
        StatutoryPeriod.EndOfDayPeriod(D("2026-03-02"), 15, Seeds).RolledOverRestDay.ShouldBeFalse();
    }

    [Fact]
    public void A_period_of_no_days_ends_on_its_start_or_the_next_working_day()
    {
        // the public calculator allows length 0 (DOMAIN.md §6 has no minimum); a Saturday moves to Monday
        StatutoryPeriod.End(D("2026-03-02"), 0, PeriodUnit.Day, Seeds).End.ShouldBe(D("2026-03-02"));
        StatutoryPeriod.End(D("2026-03-07"), 0, PeriodUnit.Day, Seeds).End.ShouldBe(D("2026-03-09"));
    }

    [Fact]
    public void A_period_of_less_than_one_day_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => StatutoryPeriod.EndOfDayPeriod(D("2026-03-02"), 0, Seeds));
    }
}

public class Counting_a_period_in_months_or_years
{
    private static readonly RestDayCalendar Seeds = new(SeededReference.Data.HolidayNotices);

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
        StatutoryPeriod.EndOfMonthPeriod(D(start), months, Seeds).End.ShouldBe(D(end));
    }

    [Theory]
    // art. 85: a year is twelve months; 29 February has no corresponding day in 2025
    [InlineData("2024-02-29", 1, "2025-02-28")]
    [InlineData("2025-02-28", 1, "2026-02-28")]
    [InlineData("2025-04-30", 1, "2026-04-30")]
    public void A_year_period_ends_on_the_corresponding_day(string start, int years, string end)
    {
        StatutoryPeriod.EndOfYearPeriod(D(start), years, Seeds).End.ShouldBe(D(end));
    }

    [Fact]
    public void A_month_period_ending_in_a_year_without_a_notice_is_provisional()
    {
        // 2027-01-01 is 元旦: the corresponding day moves to Monday 4 January 2027
        var period = StatutoryPeriod.EndOfMonthPeriod(D("2026-07-01"), 6, Seeds);
        period.End.ShouldBe(D("2027-01-04"));
        period.Provisional.ShouldBeTrue();
        Should.Throw<ArgumentOutOfRangeException>(() => StatutoryPeriod.EndOfMonthPeriod(D("2026-07-01"), 0, Seeds));
    }
}
