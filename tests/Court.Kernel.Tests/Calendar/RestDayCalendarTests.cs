using Court.Kernel.Calendar;
using Court.Kernel.Tests.Reference;

namespace Court.Kernel.Tests.Calendar;

public class Telling_rest_days_from_working_days
{
    private static readonly RestDayCalendar Calendar = new(SeededReference.Data.HolidayNotices);

    [Theory]
    // 国务院办公厅关于2026年部分节假日安排的通知
    [InlineData("2026-01-01", true)] // 一、元旦 1月1日（周四）至3日放假
    [InlineData("2026-01-04", false)] // 一、1月4日（周日）上班
    [InlineData("2026-02-14", false)] // 二、2月14日（周六）上班
    [InlineData("2026-02-15", true)] // 二、春节 2月15日（周日）至23日放假
    [InlineData("2026-02-23", true)] // 二、正月初七（周一）
    [InlineData("2026-02-24", false)] // the first working day after the Spring Festival
    [InlineData("2026-02-28", false)] // 二、2月28日（周六）上班
    [InlineData("2026-03-01", true)] // an ordinary Sunday
    [InlineData("2026-03-02", false)] // an ordinary Monday
    [InlineData("2026-03-07", true)] // an ordinary Saturday
    [InlineData("2026-04-06", true)] // 三、清明节 4月4日至6日（周一）
    [InlineData("2026-05-09", false)] // 四、5月9日（周六）上班
    [InlineData("2026-09-20", false)] // 七、9月20日（周日）上班
    [InlineData("2026-09-25", true)] // 六、中秋节 9月25日（周五）
    [InlineData("2026-10-07", true)] // 七、国庆节 至7日（周三）
    [InlineData("2026-10-10", false)] // 七、10月10日（周六）上班
    // 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）
    [InlineData("2025-01-26", false)] // 二、1月26日（周日）上班
    [InlineData("2025-01-28", true)] // 二、春节 农历除夕
    [InlineData("2025-10-08", true)] // 六、国庆节、中秋节 至8日（周三）
    [InlineData("2025-10-11", false)] // 六、10月11日（周六）上班
    // 国务院办公厅关于2024年部分节假日安排的通知
    [InlineData("2023-12-30", true)] // 一、元旦 1月1日放假，与周末连休
    [InlineData("2024-02-04", false)] // 二、2月4日（周日）上班
    [InlineData("2024-02-09", false)] // 二、除夕 was not yet a statutory holiday in 2024 (2024 revision in force from 2025)
    [InlineData("2024-02-17", true)] // 二、春节 2月10日至17日
    [InlineData("2024-04-07", false)] // 三、4月7日（周日）上班
    [InlineData("2024-06-10", true)] // 五、端午节 6月10日放假
    [InlineData("2024-09-14", false)] // 六、9月14日（周六）上班
    [InlineData("2024-10-12", false)] // 七、10月12日（周六）上班
    public void The_notice_and_the_weekend_decide(string date, bool isRestDay)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Calendar.IsRestDay(day).ShouldBe(isRestDay);
        Calendar.IsWorkingDay(day).ShouldBe(!isRestDay);
    }

    [Fact]
    public void A_holiday_carries_its_festival_name()
    {
        Calendar.HolidayOn(new DateOnly(2026, 2, 17)).ShouldBe("春节");
        Calendar.HolidayOn(new DateOnly(2025, 10, 6)).ShouldBe("国庆节、中秋节");
        Calendar.HolidayOn(new DateOnly(2026, 3, 7)).ShouldBeNull();
    }

    [Theory]
    // DOMAIN.md §6: a year without the notice is inferred from 《全国年节及纪念日放假办法》 (2024) art. 2, and is provisional
    [InlineData("2027-01-01", true, "元旦")]
    [InlineData("2027-02-05", true, "春节")] // 农历除夕
    [InlineData("2027-02-08", true, "春节")] // 正月初三
    [InlineData("2027-02-09", false, null)] // 正月初四: no statutory holiday, an ordinary Tuesday
    [InlineData("2027-04-05", true, "清明节")] // the 清明 solar term
    [InlineData("2027-05-03", false, null)] // 劳动节 is 1–2 May; the notice may add bridging days, the law does not
    [InlineData("2027-06-09", true, "端午节")] // 五月初五
    [InlineData("2027-09-15", true, "中秋节")] // 八月十五
    [InlineData("2027-10-04", false, null)] // 国庆节 is 1–3 October
    [InlineData("2027-03-06", true, null)] // an ordinary Saturday
    public void A_date_in_a_year_without_a_notice_is_inferred_from_the_law_and_provisional(string date, bool isRestDay, string? festival)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Calendar.IsRestDay(day).ShouldBe(isRestDay);
        Calendar.HolidayOn(day).ShouldBe(festival);
        Calendar.IsProvisional(day).ShouldBeTrue();
        Calendar.HasDataFor(2027).ShouldBeFalse();
    }

    [Fact]
    public void A_date_in_a_year_with_its_notice_is_not_provisional()
    {
        Calendar.IsProvisional(new DateOnly(2026, 12, 31)).ShouldBeFalse();
        Calendar.IsProvisional(new DateOnly(2024, 1, 1)).ShouldBeFalse();
        Calendar.HasDataFor(2026).ShouldBeTrue();
    }

    [Fact]
    public void A_neighbouring_years_notice_still_counts_in_a_year_without_its_own()
    {
        // the 2024 notice's 元旦 holiday starts on Saturday 30 December 2023; 2023 itself is not loaded
        Calendar.HolidayOn(new DateOnly(2023, 12, 30)).ShouldBe("元旦");
        Calendar.IsProvisional(new DateOnly(2023, 12, 30)).ShouldBeTrue();
    }
}

public class Building_a_rest_day_calendar
{
    private static HolidayYear Year(int year, StatutoryHoliday[] holidays, AdjustedWorkingDay[] workingDays) =>
        new(year, "test", holidays, workingDays);

    [Fact]
    public void The_same_year_twice_is_refused()
    {
        Should.Throw<ArgumentException>(() => new RestDayCalendar([Year(2026, [], []), Year(2026, [], [])]));
    }

    [Fact]
    public void A_day_that_is_both_holiday_and_working_day_is_refused()
    {
        var holiday = new StatutoryHoliday("春节", new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 15));
        Should.Throw<ArgumentException>(() => new RestDayCalendar([Year(2026, [holiday], [new(new DateOnly(2026, 2, 14), "春节")])]));
    }

    [Fact]
    public void An_adjusted_working_day_on_a_weekday_or_a_backwards_holiday_is_refused()
    {
        Should.Throw<ArgumentException>(() => new RestDayCalendar([Year(2026, [], [new(new DateOnly(2026, 3, 2), "x")])]));
        var backwards = new StatutoryHoliday("x", new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 2));
        Should.Throw<ArgumentException>(() => new RestDayCalendar([Year(2026, [backwards], [])]));
    }

    [Fact]
    public void A_year_loaded_without_holidays_still_has_weekends()
    {
        var calendar = new RestDayCalendar([Year(2030, [], [])]);
        calendar.IsRestDay(new DateOnly(2030, 1, 5)).ShouldBeTrue();
        calendar.IsRestDay(new DateOnly(2030, 1, 7)).ShouldBeFalse();
        calendar.Years.ShouldBe([2030]);
    }
}
