namespace Court.Kernel.Calendar;

/// <summary>
/// One year's State Council holiday notice (国务院办公厅关于某年部分节假日安排的通知): the holidays
/// (放假, including the weekend days the notice folds into them) and the weekend days made working days (调休上班).
/// A notice may list days in the neighbouring year (e.g. a New Year holiday starting on 31 December).
/// </summary>
public sealed record HolidayYear(
    int Year,
    string Source,
    IReadOnlyList<StatutoryHoliday> Holidays,
    IReadOnlyList<AdjustedWorkingDay> AdjustedWorkingDays);

/// <summary>A run of rest days for one festival, both ends included.</summary>
public sealed record StatutoryHoliday(string Festival, DateOnly FirstDay, DateOnly LastDay)
{
    public IEnumerable<DateOnly> Days()
    {
        for (var day = FirstDay; day <= LastDay; day = day.AddDays(1)) yield return day;
    }
}

/// <summary>A Saturday or Sunday the notice makes a working day, and the festival it is traded for.</summary>
public sealed record AdjustedWorkingDay(DateOnly Date, string Festival);
