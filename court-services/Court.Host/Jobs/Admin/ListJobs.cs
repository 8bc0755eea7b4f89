using Court.Host.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Jobs.Admin;

internal static class ListJobs
{
    public const int PageSize = 200;

    internal static void MapListJobs(this RouteGroupBuilder admin) =>
        admin.MapGet("/jobs", HandleAsync).WithName("ListJobs").WithSummary("后台任务列表（最近 200 个，可按状态和类型筛选）");

    internal static async Task<Results<Ok<IReadOnlyList<JobView>>, ProblemHttpResult>> HandleAsync(
        CourtDb db, string? status, string? kind, CancellationToken ct)
    {
        JobStatus? wanted = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<JobStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed)) return JobProblems.UnknownStatus(status);
            wanted = parsed;
        }
        var jobs = await QueryAsync(db, wanted, kind, ct);
        return TypedResults.Ok<IReadOnlyList<JobView>>(jobs.Select(JobView.From).ToList());
    }

    /// <summary>Newest first; shared with the admin page.</summary>
    internal static async Task<List<Job>> QueryAsync(CourtDb db, JobStatus? status, string? kind, CancellationToken ct)
    {
        var query = db.Jobs.AsNoTracking();
        if (status is { } s) query = query.Where(j => j.Status == s);
        if (!string.IsNullOrEmpty(kind)) query = query.Where(j => j.Kind == kind);
        return await query.OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id).Take(PageSize).ToListAsync(ct);
    }
}
