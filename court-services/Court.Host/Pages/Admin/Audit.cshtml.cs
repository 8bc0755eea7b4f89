using Court.Host.Audit;
using Court.Host.Audit.Reading;
using Court.Host.Persistence;
using Court.Kernel;
using Court.Kernel.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.Host.Pages.Admin;

/// <summary>
/// 审计日志 in Chinese: filters by person, case, action and date, fifty to a page, and a CSV export. Reading and exporting are
/// themselves audited: who watched the watchers.
/// </summary>
internal sealed class AuditModel(CourtDb db, IAuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "case")] public string? CaseFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "kind")] public string? ActionFilter { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public AuditLogPage Result { get; private set; } = new([], 0, 1, 1);

    public string? Problem { get; private set; }

    public static IEnumerable<KeyValuePair<string, string>> Actions => AuditActionNames.All.OrderBy(a => a.Value, StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Filter() is not { } filter) return BadRequestPage();
        Result = await AuditLogQuery.PageAsync(db, filter, PageNumber, ct);
        await audit.WriteAsync(new AuditRecord("ViewAuditLog", ResultHash: ResultHash.Of(Result.Rows.Select(r => r.Id))), ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        if (Filter() is not { } filter) return BadRequestPage();
        var rows = await AuditLogQuery.ExportAsync(db, filter, ct);
        var bytes = AuditLogCsv.Write(rows);
        await audit.WriteAsync(new AuditRecord("admin.audit-export", Target: Describe(filter), ResultHash: ResultHash.OfBytes(bytes)), ct);
        return File(bytes, "text/csv; charset=utf-8", $"审计日志-{ShanghaiTime.Today(clock):yyyyMMdd}.csv");
    }

    /// <summary>The query string for another page of the same filters.</summary>
    public string Link(int page, string? handler = null)
    {
        var query = new List<string>();
        void Add(string key, string? value) { if (!string.IsNullOrWhiteSpace(value)) query.Add($"{key}={Uri.EscapeDataString(value)}"); }
        Add("handler", handler);
        Add("user", UserFilter);
        Add("case", CaseFilter);
        Add("kind", ActionFilter);
        Add("from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (handler is null && page > 1) query.Add($"p={page}");
        return "/Admin/Audit" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }

    private AuditLogFilter? Filter()
    {
        static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        if (!ModelState.IsValid) { Problem = "日期格式不正确，请按“年-月-日”选择日期。"; return null; }
        if (From is { } from && To is { } to && from > to) { Problem = "开始日期不能晚于结束日期。"; return null; }
        if (Clean(ActionFilter) is { } action && !AuditActionNames.All.ContainsKey(action)) { Problem = "没有这种操作，请从列表中选择。"; return null; }
        if ((UserFilter?.Length ?? 0) > 100 || (CaseFilter?.Length ?? 0) > 64) { Problem = "筛选条件过长。"; return null; }
        return new AuditLogFilter(Clean(UserFilter), Clean(CaseFilter), Clean(ActionFilter), From, To);
    }

    private PageResult BadRequestPage()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private static string Describe(AuditLogFilter f) =>
        f.IsEmpty ? "全部" : string.Join(';', new[] { f.User, f.CaseNumber, f.Action, f.From?.ToString("O"), f.To?.ToString("O") }.Select(v => v ?? ""));
}
