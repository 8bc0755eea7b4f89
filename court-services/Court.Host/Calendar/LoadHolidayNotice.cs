using System.Security.Claims;
using System.Text.Json;
using Court.Host.Access;
using Court.Host.Persistence;
using Court.Kernel.Audit;
using Court.Kernel.Calendar;
using Court.Kernel.Problems;
using Court.Seeds.Reference;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Calendar;

internal sealed record HolidayNoticeView(int Year, string Source, bool LoadedByCourt, DateTime? LoadedAt);

internal sealed record MovedDeadlineView(Guid Id, string Label, DateOnly From, DateOnly To, bool StillProvisional);

internal sealed record LoadedHolidayNoticeView(int Year, string Source, IReadOnlyList<MovedDeadlineView> MovedDeadlines);

/// <summary>
/// 管理 → 节假日安排: the court admin loads a year's State Council notice in the seeds format (<c>seeds/reference/holidays/yyyy.json</c>),
/// as soon as it is published; every open provisional deadline is then counted again and whoever's date moved is told (DOMAIN.md §6).
/// </summary>
internal static class LoadHolidayNotice
{
    internal static void MapHolidayNotices(this RouteGroupBuilder admin)
    {
        admin.MapGet("/holiday-notices", ListAsync).WithSummary("已载入的节假日安排");
        admin.MapPost("/holiday-notices", async (JsonElement notice, ClaimsPrincipal user, CourtDb db, RecountProvisionalDeadlines recount,
                IAuditLog audit, TimeProvider clock, CancellationToken ct) =>
            await HandleAsync(notice.GetRawText(), user, db, recount, audit, clock, ct)).WithSummary("载入国务院节假日安排");
    }

    internal static async Task<IReadOnlyList<HolidayNoticeView>> ListAsync(ICourtCalendar calendar, CourtDb db, CancellationToken ct)
    {
        var loaded = await db.HolidayNotices.ToDictionaryAsync(n => n.Year, n => n.LoadedAt, ct);
        return calendar.Current.Notices
            .Select(n => new HolidayNoticeView(n.Year, n.Source, loaded.ContainsKey(n.Year), loaded.TryGetValue(n.Year, out var at) ? at : null))
            .ToList();
    }

    internal static async Task<Results<Ok<LoadedHolidayNoticeView>, ProblemHttpResult>> HandleAsync(string json, ClaimsPrincipal user, CourtDb db,
        RecountProvisionalDeadlines recount, IAuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        if (json.Length > HolidayNoticeRecord.JsonMaxLength) return Invalid("放假安排过长，请按 seeds/reference/holidays 的格式提交一年的通知。");
        HolidayYear notice;
        try
        {
            notice = ReferenceData.ParseHolidayNotice(json);
        }
        catch (HolidayNoticeFormatException e)
        {
            return Invalid(e.Message);
        }

        var record = await db.HolidayNotices.FindAsync([notice.Year], ct);
        if (record is null) db.HolidayNotices.Add(record = new HolidayNoticeRecord { Year = notice.Year });
        record.Source = notice.Source.Length > 400 ? notice.Source[..400] : notice.Source;
        record.Json = json;
        record.LoadedById = user.UserId();
        record.LoadedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);

        var moved = await recount.RunAsync(ct);
        await audit.WriteAsync(new AuditRecord("calendar.notice-loaded", Target: notice.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), ct);
        return TypedResults.Ok(new LoadedHolidayNoticeView(notice.Year, notice.Source,
            moved.Select(m => new MovedDeadlineView(m.DeadlineId, m.Label, m.From, m.To.End, m.To.Provisional)).ToList()));
    }

    private static ProblemHttpResult Invalid(string detail) => TypedResults.Problem(
        type: ProblemTypes.Validation, title: "Invalid holiday notice", statusCode: StatusCodes.Status400BadRequest, detail: detail);
}
