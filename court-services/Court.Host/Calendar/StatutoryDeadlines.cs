using Court.Host.Persistence;
using Court.Kernel.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Calendar;

/// <summary>
/// Sets the deadlines the court gives people, on the calendar as it stands. An end that depends on a year without the State
/// Council's notice is tracked (<see cref="ProvisionalDeadline"/>) in the caller's unit of work, so that loading the notice
/// counts it again and tells whoever it concerns.
/// </summary>
internal sealed class StatutoryDeadlines(CourtDb db, ICourtCalendar calendar, TimeProvider clock)
{
    public RestDayCalendar Calendar => calendar.Current;

    /// <summary>A period of <paramref name="days"/> days from <paramref name="start"/> (民事诉讼法第八十五条); the caller saves.</summary>
    public async Task<PeriodEnd> SetAsync(DeadlineKind kind, Guid subjectId, DateOnly start, int days, string label, string link,
        IEnumerable<Guid> recipients, CancellationToken ct)
    {
        var end = StatutoryPeriod.EndOfDayPeriod(start, days, calendar.Current);
        var now = clock.GetUtcNow().UtcDateTime;
        var earlier = await db.ProvisionalDeadlines.Where(d => d.SubjectId == subjectId && d.Kind == kind && d.SettledAt == null).ToListAsync(ct);
        foreach (var replaced in earlier) replaced.Supersede(now);
        if (end.Provisional)
            db.ProvisionalDeadlines.Add(ProvisionalDeadline.For(kind, subjectId, start, days, PeriodUnit.Day, end, label, link, recipients, now));
        return end;
    }

    /// <summary>The kinds of the subject's deadlines that are still provisional.</summary>
    public async Task<IReadOnlySet<DeadlineKind>> ProvisionalKindsAsync(Guid subjectId, CancellationToken ct) =>
        (await db.ProvisionalDeadlines.Where(d => d.SubjectId == subjectId && d.SettledAt == null).Select(d => d.Kind).ToListAsync(ct)).ToHashSet();
}
