namespace Court.Kernel.Calendar;

/// <summary>
/// Periods counted in days, months or years under 民事诉讼法 art. 85 (DOMAIN.md §6). Rest days inside a
/// period are counted; only the last day moves. Extensions under art. 86 (耽误期限的顺延) are a court's
/// decision and are not computed here.
/// </summary>
public static class StatutoryPeriod
{
    /// <summary>
    /// Art. 85 ¶2: the start day is not counted, so the period ends <paramref name="days"/> days after
    /// <paramref name="start"/>; art. 85 ¶3: a last day that is a rest day moves to the next working day.
    /// </summary>
    public static DateOnly EndOfDayPeriod(DateOnly start, int days, RestDayCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.NextWorkingDayOnOrAfter(start.AddDays(days));
    }

    /// <summary>
    /// Art. 85: a month period ends on the day of the final month corresponding to the start day, or on that
    /// month's last day when it has no such day (31 January + 1 month → 28/29 February); then art. 85 ¶3 applies.
    /// </summary>
    public static DateOnly EndOfMonthPeriod(DateOnly start, int months, RestDayCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.NextWorkingDayOnOrAfter(start.AddMonths(months));
    }

    /// <summary>Art. 85: a year period is counted as twelve months each (29 February + 1 year → 28 February).</summary>
    public static DateOnly EndOfYearPeriod(DateOnly start, int years, RestDayCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        return EndOfMonthPeriod(start, checked(years * 12), calendar);
    }
}
