using Court.Kernel.Calendar;
using Court.Seeds.Reference;

namespace Court.Kernel.Tests.Calendar;

public class Telling_rest_days_from_working_days
{
    private static readonly RestDayCalendar Calendar = ReferenceData.Holidays;

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

    [Fact]
    public void A_date_in_a_year_without_data_is_an_error_not_a_guess()
    {
        var error = Should.Throw<CalendarDataMissingException>(() => Calendar.IsRestDay(new DateOnly(2027, 1, 1)));
        error.Year.ShouldBe(2027);
        error.Message.ShouldContain("缺少2027年的节假日安排数据");
        Should.Throw<CalendarDataMissingException>(() => Calendar.IsRestDay(new DateOnly(2024, 12, 31)));
        Should.Throw<CalendarDataMissingException>(() => Calendar.HolidayOn(new DateOnly(2024, 10, 1)));
        Calendar.HasDataFor(2026).ShouldBeTrue();
        Calendar.HasDataFor(2027).ShouldBeFalse();
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
