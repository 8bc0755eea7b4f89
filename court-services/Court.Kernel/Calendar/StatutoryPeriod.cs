namespace Court.Kernel.Calendar;

/// <summary>
/// Periods counted in days, months or years under 民事诉讼法 art. 85 (DOMAIN.md §6). Rest days inside a
/// period are counted; only the last day moves. Extensions under art. 86 (耽误期限的顺延) are a court's
/// decision and are not computed here. One function serves the cases and the public calculator.
/// </summary>
public static class StatutoryPeriod
{
    public const string DayBasis = "《中华人民共和国民事诉讼法》第八十五条：期间开始的日，不计算在期间内；期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期。";
    public const string MonthBasis = "《中华人民共和国民事诉讼法》第八十五条：期间以月、年计算的，期间届满日为届满月的对应日，没有对应日的为该月最后一日；届满日是法定休假日的，以法定休假日后的第一日为期间届满的日期。";

    /// <summary>
    /// Art. 85 ¶2: the start day is not counted, so the period ends <paramref name="length"/> days (months, years)
    /// after <paramref name="start"/>; a month period ends on the corresponding day of the final month, or on that month's
    /// last day when it has none (31 January + 1 month → 28/29 February), and a year counts as twelve months; art. 85 ¶3:
    /// a last day that is a rest day moves to the next working day.
    /// </summary>
    public static PeriodEnd End(DateOnly start, int length, PeriodUnit unit, RestDayCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentNullException.ThrowIfNull(calendar);
        var lastDay = unit switch
        {
            PeriodUnit.Day => start.AddDays(length),
            PeriodUnit.Month => start.AddMonths(length),
            PeriodUnit.Year => start.AddMonths(checked(length * 12)),
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
        };
        var end = calendar.NextWorkingDayOnOrAfter(lastDay);
        var provisional = Days(lastDay, end).Any(calendar.IsProvisional);
        var basis = unit == PeriodUnit.Day ? DayBasis : MonthBasis;
        if (end != lastDay)
            basis += $"期间最后一日{lastDay:yyyy年M月d日}为法定休假日（{calendar.HolidayOn(lastDay) ?? "休息日"}），顺延至{end:yyyy年M月d日}。";
        if (provisional)
            basis += $"{YearsWithoutNotice(lastDay, end, calendar)}年的国务院节假日安排尚未载入，休假日{PeriodEnd.ProvisionalNote}。";
        return new PeriodEnd(end, end != lastDay, provisional, basis);
    }

    /// <summary>A period of <paramref name="days"/> days (at least one), art. 85.</summary>
    public static PeriodEnd EndOfDayPeriod(DateOnly start, int days, RestDayCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return End(start, days, PeriodUnit.Day, calendar);
    }

    /// <summary>A period of <paramref name="months"/> months (at least one), art. 85.</summary>
    public static PeriodEnd EndOfMonthPeriod(DateOnly start, int months, RestDayCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        return End(start, months, PeriodUnit.Month, calendar);
    }

    /// <summary>A period of <paramref name="years"/> years (at least one), art. 85: twelve months each (29 February + 1 year → 28 February).</summary>
    public static PeriodEnd EndOfYearPeriod(DateOnly start, int years, RestDayCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        return End(start, years, PeriodUnit.Year, calendar);
    }

    private static IEnumerable<DateOnly> Days(DateOnly first, DateOnly last)
    {
        for (var day = first; day <= last; day = day.AddDays(1)) yield return day;
    }

    private static string YearsWithoutNotice(DateOnly first, DateOnly last, RestDayCalendar calendar) =>
        string.Join("、", Days(first, last).Select(d => d.Year).Distinct().Where(y => !calendar.HasDataFor(y)));
}
