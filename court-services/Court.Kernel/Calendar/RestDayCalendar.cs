namespace Court.Kernel.Calendar;

/// <summary>
/// Statutory rest days (法定休假日, DOMAIN.md §6): the holidays of the State Council notices, and Saturdays and
/// Sundays that a notice does not make working days. A year without a loaded notice is not an error: its rest days
/// are the weekends and the holidays the law fixes (<see cref="StatutoryHolidays"/>), plus any days a neighbouring
/// year's notice names, and every such date is <see cref="IsProvisional">provisional</see>. Immutable, so one instance
/// serves every request; loading a notice builds a new one.
/// </summary>
public sealed class RestDayCalendar
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, IReadOnlyDictionary<DateOnly, string>> _inferred = new();
    private readonly Dictionary<DateOnly, string> _holidays = [];
    private readonly Dictionary<DateOnly, string> _workingDays = [];
    private readonly SortedSet<int> _years = [];

    public RestDayCalendar(IEnumerable<HolidayYear> notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var years = notices.ToList();
        foreach (var year in years)
        {
            if (!_years.Add(year.Year)) throw new ArgumentException($"The holiday data for {year.Year} appears twice.", nameof(notices));
            foreach (var holiday in year.Holidays)
            {
                if (holiday.LastDay < holiday.FirstDay)
                    throw new ArgumentException($"{year.Year}: the {holiday.Festival} holiday ends before it starts.", nameof(notices));
                foreach (var day in holiday.Days()) Add(_holidays, day, holiday.Festival);
            }
            foreach (var workingDay in year.AdjustedWorkingDays)
            {
                if (workingDay.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                    throw new ArgumentException($"{year.Year}: adjusted working day {workingDay.Date} is not a weekend day.", nameof(notices));
                Add(_workingDays, workingDay.Date, workingDay.Festival);
            }
        }
        foreach (var day in _workingDays.Keys)
        {
            if (_holidays.ContainsKey(day)) throw new ArgumentException($"{day} is both a holiday and a working day.", nameof(notices));
        }

        Years = [.. _years];
        Notices = [.. years.OrderBy(y => y.Year)];

        void Add(Dictionary<DateOnly, string> days, DateOnly day, string festival)
        {
            if (!days.TryAdd(day, festival)) throw new ArgumentException($"{day} is listed twice.", nameof(notices));
        }
    }

    /// <summary>The years whose notices are loaded, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The loaded notices, by year.</summary>
    public IReadOnlyList<HolidayYear> Notices { get; }

    public bool HasDataFor(int year) => _years.Contains(year);

    /// <summary>True when <paramref name="date"/>'s year has no loaded notice, so whether it is a rest day is inferred from the law.</summary>
    public bool IsProvisional(DateOnly date) => !HasDataFor(date.Year);

    /// <summary>A holiday of the notice, or a Saturday or Sunday the notice does not make a working day.</summary>
    public bool IsRestDay(DateOnly date)
    {
        if (HolidayOn(date) is not null) return true;
        if (_workingDays.ContainsKey(date)) return false;
        return date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
    }

    public bool IsWorkingDay(DateOnly date) => !IsRestDay(date);

    /// <summary>The festival whose holiday covers <paramref name="date"/>, or null.</summary>
    public string? HolidayOn(DateOnly date) =>
        _holidays.GetValueOrDefault(date) ?? (HasDataFor(date.Year) ? null : InferredHolidays(date.Year).GetValueOrDefault(date));

    /// <summary><paramref name="date"/> itself when it is a working day, else the first working day after it.</summary>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        while (IsRestDay(date)) date = date.AddDays(1);
        return date;
    }

    private IReadOnlyDictionary<DateOnly, string> InferredHolidays(int year) =>
        _inferred.GetOrAdd(year, y => StatutoryHolidays.Of(y).SelectMany(h => h.Days().Select(d => (d, h.Festival)))
            .ToDictionary(x => x.d, x => x.Festival));
}
