using Court.Host.Jobs;
using Court.Host.Jobs.Admin;
using Court.Host.Persistence;
using Court.Kernel.Audit;
using Court.Kernel.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Pages.Admin;

/// <summary>管理 → 后台任务: jobs by status, retry of dead letters, recurring schedules with 立即运行.</summary>
internal sealed class JobsModel(CourtDb db, RecurringJobScheduler scheduler, JobSignal signal, TimeProvider clock, IAuditLog audit,
    IEnumerable<IJobHandler> handlers) : PageModel
{
    private readonly Dictionary<string, string> _displayNames = handlers.ToDictionary(h => h.Kind, h => h.DisplayName, StringComparer.Ordinal);

    /// <summary>The Chinese name of a job kind, or the kind itself for a kind no handler on this node knows.</summary>
    public string DisplayNameOf(string kind) => _displayNames.GetValueOrDefault(kind, kind);

    public static readonly IReadOnlyList<JobStatus> Tabs = [JobStatus.Queued, JobStatus.Running, JobStatus.Succeeded, JobStatus.Failed];

    [BindProperty(SupportsGet = true)]
    public JobStatus? Status { get; set; }

    public IReadOnlyList<Job> Jobs { get; private set; } = [];
    public IReadOnlyDictionary<JobStatus, int> Counts { get; private set; } = new Dictionary<JobStatus, int>();
    public IReadOnlyList<(RecurringJobDefinition Definition, RecurringSchedule? Stored)> Schedules { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Jobs = await ListJobs.QueryAsync(db, Status, null, ct);
        Counts = (await db.Jobs.GroupBy(j => j.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(c => c.Key, c => c.Count);
        var stored = await db.RecurringSchedules.AsNoTracking().ToDictionaryAsync(s => s.Name, ct);
        Schedules = scheduler.Definitions.Values.OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => (d, stored.GetValueOrDefault(d.Name))).ToList();
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

    public string When(DateTime? utc) => utc is { } t ? Court.Kernel.ShanghaiTime.Format(t) : "—";
}
