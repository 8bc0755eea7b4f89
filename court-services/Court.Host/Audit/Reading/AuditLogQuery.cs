using Court.Host.Persistence;
using Court.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Audit.Reading;

/// <summary>管理 → 审计日志's filters: a person (user name, or part of the name shown), part of a case number, an action, Shanghai dates.</summary>
internal sealed record AuditLogFilter(string? User, string? CaseNumber, string? Action, DateOnly? From, DateOnly? To)
{
    public bool IsEmpty => User is null && CaseNumber is null && Action is null && From is null && To is null;
}

/// <summary>An audit entry as a person reads it: what happened (in Chinese), to which case, by whom (their name), with what result.</summary>
internal sealed record AuditLogRow(long Id, DateTime At, string Who, string? UserName, string Action, string What, string? CaseNumber,
    string? Target, string? Purpose, string Outcome);

internal sealed record AuditLogPage(IReadOnlyList<AuditLogRow> Rows, int Total, int Page, int PageCount);

internal static class AuditLogQuery
{
    public const int PageSize = 50;

    /// <summary>The most an export holds; a wider export is narrowed by the filters.</summary>
    public const int ExportLimit = 10_000;

    public static async Task<AuditLogPage> PageAsync(CourtDb db, AuditLogFilter filter, int page, CancellationToken ct)
    {
        var query = await FilteredAsync(db, filter, ct);
        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var entries = await query.OrderByDescending(e => e.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new AuditLogPage(await RowsAsync(db, entries, ct), total, page, pageCount);
    }

    public static async Task<IReadOnlyList<AuditLogRow>> ExportAsync(CourtDb db, AuditLogFilter filter, CancellationToken ct)
    {
        var entries = await (await FilteredAsync(db, filter, ct)).OrderByDescending(e => e.Id).Take(ExportLimit).ToListAsync(ct);
        return await RowsAsync(db, entries, ct);
    }

    private static async Task<IQueryable<AuditEntry>> FilteredAsync(CourtDb db, AuditLogFilter filter, CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (filter.User is { } who)
        {
            var ids = await db.Users.AsNoTracking().Where(u => u.UserName == who || u.DisplayName.Contains(who)).Select(u => u.Id).Take(100).ToListAsync(ct);
            query = query.Where(e => e.UserName == who || (e.UserId != null && ids.Contains(e.UserId.Value)));
        }
        if (filter.CaseNumber is { } number) query = query.Where(e => e.CaseNumber != null && e.CaseNumber.Contains(number));
        if (filter.Action is { } action) query = query.Where(e => e.Action == action);
        if (filter.From is { } from) query = query.Where(e => e.At >= StartOfShanghaiDay(from));
        if (filter.To is { } to) query = query.Where(e => e.At < StartOfShanghaiDay(to.AddDays(1)));
        return query;
    }

    private static DateTime StartOfShanghaiDay(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), ShanghaiTime.Zone);

    private static async Task<IReadOnlyList<AuditLogRow>> RowsAsync(CourtDb db, List<AuditEntry> entries, CancellationToken ct)
    {
        var userIds = entries.Where(e => e.UserId != null).Select(e => e.UserId!.Value).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var caseIds = entries.Where(e => e.CaseNumber == null && e.CaseId != null).Select(e => e.CaseId!.Value).Distinct().ToList();
        var numbers = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Number, ct);
        return entries.Select(e => new AuditLogRow(e.Id, e.At,
            e.UserId is { } id && names.TryGetValue(id, out var name) ? name : e.UserName ?? "系统",
            e.UserName, e.Action, AuditActionNames.Describe(e.Action),
            e.CaseNumber ?? (e.CaseId is { } caseId ? numbers.GetValueOrDefault(caseId) : null),
            e.Target, e.Purpose, AuditActionNames.DescribeOutcome(e.Action, e.Outcome))).ToList();
    }
}
