using Court.Host.Jobs;
using Court.Host.Jobs.Admin;
using Court.Host.Persistence;
using Court.Kernel.Audit;
using Court.Kernel.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Pages.Admin;

/// <summary>管理 → 后台任务: each recurring schedule as one row with 立即运行, then one-off jobs by status and page, retry of dead letters.</summary>
internal sealed class JobsModel(CourtDb db, RecurringJobScheduler scheduler, JobSignal signal, TimeProvider clock, IAuditLog audit,
    IEnumerable<IJobHandler> handlers) : PageModel
{
    private readonly Dictionary<string, string> _displayNames = handlers.ToDictionary(h => h.Kind, h => h.DisplayName, StringComparer.Ordinal);

    /// <summary>The Chinese name of a job kind, or the kind itself for a kind no handler on this node knows.</summary>
    public string DisplayNameOf(string kind) => _displayNames.GetValueOrDefault(kind, kind);

    public static readonly IReadOnlyList<JobStatus> Tabs = [JobStatus.Queued, JobStatus.Running, JobStatus.Succeeded, JobStatus.Failed];

    [BindProperty(SupportsGet = true)]
    public JobStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public OneOffJobsPage OneOff { get; private set; } = new([], 0, 1, 1, new Dictionary<JobStatus, int>());
    public IReadOnlyList<Job> Jobs => OneOff.Jobs;
    public IReadOnlyDictionary<JobStatus, int> Counts => OneOff.Counts;
    public IReadOnlyList<RecurringSummary> Schedules { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        OneOff = await JobOverview.OneOffAsync(db, Status, PageNumber, ct);
        Schedules = await JobOverview.RecurringAsync(db, scheduler, ct);
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken ct)
    {
        var job = await db.Jobs.FindAsync([id], ct);
        if (job is null) Message = "未找到该任务，它可能已被清理。";
        else if (!job.CanBeRetriedByAdmin) Message = $"该任务当前状态为“{Job.ChineseName(job.Status)}”，只有失败或已取消的任务可以重试。";
        else
        {
            await RetryJob.RequeueAsync(db, job, clock, signal, ct);
            await audit.WriteAsync(new AuditRecord("RetryJob", Target: id.ToString()), ct);
            Message = "已重新排队，任务将很快再次运行。";
        }
        return RedirectToPage(new { Status });
    }

    public async Task<IActionResult> OnPostRunAsync(string name, CancellationToken ct)
    {
        if (await scheduler.RunNowAsync(name, ct) is null) Message = $"未找到名为“{name}”的定时任务。";
        else
        {
            await audit.WriteAsync(new AuditRecord("RunRecurringJob", Target: name), ct);
            Message = $"定时任务“{name}”已加入队列。";
        }
        return RedirectToPage(new { Status });
    }

    public string PageLink(int page) => "/Admin/Jobs?" + (Status is { } s ? $"status={s}&" : "") + $"p={page}";

    public string When(DateTime? utc) => utc is { } t ? Court.Kernel.ShanghaiTime.Format(t) : "—";
}
