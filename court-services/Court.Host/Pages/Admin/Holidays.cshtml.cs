using Court.Host.Calendar;
using Court.Host.Persistence;
using Court.Kernel.Audit;
using Court.Kernel.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Pages.Admin;

/// <summary>
/// 管理 → 节假日安排: which years' State Council notices the calendar holds, which years are counted provisionally, the open provisional
/// deadlines, and a form to load a newly published notice (<see cref="LoadHolidayNotice"/>, the same handler as the API).
/// </summary>
internal sealed class HolidaysModel(CourtDb db, ICourtCalendar calendar, TimeProvider clock) : PageModel
{
    public IReadOnlyList<HolidayNoticeView> Notices { get; private set; } = [];

    public int OpenProvisionalDeadlines { get; private set; }

    public IReadOnlyList<int> ProvisionalYears { get; private set; } = [];

    [BindProperty] public string? NoticeJson { get; set; }

    [TempData] public string? Message { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync([FromServices] RecountProvisionalDeadlines recount, [FromServices] IAuditLog audit, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(NoticeJson)) Error = "请粘贴国务院放假安排（与 seeds/reference/holidays 中的文件格式相同）。";
        else
        {
            var result = (await LoadHolidayNotice.HandleAsync(NoticeJson.Trim(), User, db, recount, audit, clock, ct)).Result;
            if (result is Ok<LoadedHolidayNoticeView> { Value: { } loaded })
            {
                Message = $"已载入{loaded.Year}年的放假安排；{loaded.MovedDeadlines.Count}个按推算确定的期限因此调整，已通知相关人员。";
                return RedirectToPage();
            }
            Error = (result as ProblemHttpResult)?.ProblemDetails.Detail ?? "载入失败，请检查内容后重试。";
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Notices = await LoadHolidayNotice.ListAsync(calendar, db, ct);
        OpenProvisionalDeadlines = await db.ProvisionalDeadlines.CountAsync(d => d.SettledAt == null, ct);
        var thisYear = Kernel.ShanghaiTime.Today(clock).Year;
        ProvisionalYears = Enumerable.Range(thisYear, 3).Where(y => !calendar.Current.HasDataFor(y)).ToList();
    }
}
