using Court.Host.Persistence;
using Court.Kernel.Calendar;
using Court.Seeds.Reference;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Calendar;

/// <summary>
/// The host's calendar: the notices shipped in <c>seeds/reference/holidays/</c>, overridden year by year by those the court admin
/// loaded (kept in the database, so every node and every restart sees them). Rebuilt whole on each load; readers never lock.
/// </summary>
internal sealed class CourtCalendar(ReferenceData reference) : ICourtCalendar
{
    private volatile RestDayCalendar _current = new(reference.HolidayNotices);

    public RestDayCalendar Current => _current;

    public async Task ReloadAsync(CourtDb db, CancellationToken ct)
    {
        var loaded = await db.HolidayNotices.AsNoTracking().ToListAsync(ct);
        var byYear = reference.HolidayNotices.ToDictionary(n => n.Year);
        foreach (var record in loaded) byYear[record.Year] = ReferenceData.ParseHolidayNotice(record.Json);
        _current = new RestDayCalendar(byYear.Values);
    }
}
