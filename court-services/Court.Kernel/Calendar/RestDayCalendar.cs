namespace Court.Kernel.Calendar;

/// <summary>
/// Statutory rest days (法定休假日, DOMAIN.md §6): the holidays of the State Council notices, and Saturdays and
/// Sundays that a notice does not make working days. Asking about a date in a year without a loaded notice
/// throws <see cref="CalendarDataMissingException"/>. A notice for the following year can still move a
/// late-December day; that is read correctly only once the following year is loaded.
/// </summary>
public sealed class RestDayCalendar
{
    private readonly Dictionary<DateOnly, string> _holidays = [];
    private readonly Dictionary<DateOnly, string> _workingDays = [];
    private readonly SortedSet<int> _years = [];

    public RestDayCalendar(IEnumerable<HolidayYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        foreach (var year in years)
        {
            if (!_years.Add(year.Year)) throw new ArgumentException($"The holiday data for {year.Year} appears twice.", nameof(years));
            foreach (var holiday in year.Holidays)
            {
                if (holiday.LastDay < holiday.FirstDay)
                    throw new ArgumentException($"{year.Year}: the {holiday.Festival} holiday ends before it starts.", nameof(years));
                foreach (var day in holiday.Days()) Add(_holidays, day, holiday.Festival);
            }
            foreach (var workingDay in year.AdjustedWorkingDays)
            {
                if (workingDay.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                    throw new ArgumentException($"{year.Year}: adjusted working day {workingDay.Date} is not a weekend day.", nameof(years));
                Add(_workingDays, workingDay.Date, workingDay.Festival);
            }
        }
        foreach (var day in _workingDays.Keys)
        {
            if (_holidays.ContainsKey(day)) throw new ArgumentException($"{day} is both a holiday and a working day.", nameof(years));
        }

        Years = [.. _years];

        void Add(Dictionary<DateOnly, string> days, DateOnly day, string festival)
        {
            if (!days.TryAdd(day, festival)) throw new ArgumentException($"{day} is listed twice.", nameof(years));
        }
    }

    /// <summary>The years whose notices are loaded, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    public bool HasDataFor(int year) => _years.Contains(year);

    /// <summary>A holiday of the notice, or a Saturday or Sunday the notice does not make a working day.</summary>
    public bool IsRestDay(DateOnly date)
    {
        EnsureData(date);
        if (_holidays.ContainsKey(date)) return true;
        if (_workingDays.ContainsKey(date)) return false;
        return date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
    }

    public bool IsWorkingDay(DateOnly date) => !IsRestDay(date);

    /// <summary>The festival whose holiday covers <paramref name="date"/>, or null.</summary>
    public string? HolidayOn(DateOnly date)
    {
        EnsureData(date);
        return _holidays.GetValueOrDefault(date);
    }

    /// <summary><paramref name="date"/> itself when it is a working day, else the first working day after it.</summary>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        while (IsRestDay(date)) date = date.AddDays(1);
        return date;
    }

    private void EnsureData(DateOnly date)
    {
        if (!_years.Contains(date.Year)) throw new CalendarDataMissingException(date.Year);
    }
}
