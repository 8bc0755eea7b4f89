using Court.Host.Jobs;
using Court.Host.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Jobs;

/// <summary>Issue 12 point 21: a schedule's runs are one row with a count; one-off jobs have their own pages.</summary>
[Trait("Category", "Persistence")]
public sealed class AFrequentScheduleDoesNotCrowdOutTheRest(JobsAppFactory app) : IClassFixture<JobsAppFactory>
{
    [Fact]
    public async Task Three_hundred_runs_of_a_schedule_are_one_row_and_an_older_one_off_job_is_still_listed()
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var oneOff = await InsertAsync(now.AddHours(-6), 1, _ => null, JobStatus.Failed);
        await InsertAsync(now.AddHours(-5), 300, i => RecurringJobScheduler.DueKey(JobsAppFactory.TestSchedule, now.AddHours(-5).AddMinutes(i)),
            JobStatus.Failed);
        using var browser = await app.SignInAsync("admin");

        var page = await browser.GetPageAsync("/Admin/Jobs?status=Failed");

        var schedule = page.QuerySelector($"#recurring-jobs tr[data-schedule='{JobsAppFactory.TestSchedule}']").ShouldNotBeNull();
        int.Parse(schedule.QuerySelector("[data-runs]")!.GetAttribute("data-runs")!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(300);
        schedule.QuerySelector("[data-label=上次运行]")!.TextContent.Trim().ShouldNotBe("—");
        schedule.QuerySelector("[data-label=运行次数]")!.TextContent.ShouldContain("失败 300");
        page.QuerySelectorAll("tr[data-schedule]").Count(r => r.GetAttribute("data-schedule") == JobsAppFactory.TestSchedule).ShouldBe(1);
        page.QuerySelector($"#one-off-jobs tr[data-job-id='{oneOff[0]}']").ShouldNotBeNull();
    }

    [Fact]
    public async Task One_off_jobs_are_paged_fifty_at_a_time()
    {
        var inserted = await InsertAsync(app.Clock.GetUtcNow().UtcDateTime.AddDays(1), 60, _ => null);
        using var browser = await app.SignInAsync("admin");

        var first = await browser.GetPageAsync("/Admin/Jobs?status=Succeeded");
        var next = first.QuerySelector("#one-off-jobs a[rel=next]").ShouldNotBeNull();
        var second = await browser.GetPageAsync(next.GetAttribute("href")!);

        var firstIds = first.QuerySelectorAll("#one-off-jobs tr[data-job-id]").Select(r => Guid.Parse(r.GetAttribute("data-job-id")!)).ToList();
        var secondIds = second.QuerySelectorAll("#one-off-jobs tr[data-job-id]").Select(r => Guid.Parse(r.GetAttribute("data-job-id")!)).ToList();
        firstIds.Count.ShouldBe(50);
        firstIds.ShouldBeSubsetOf(inserted);
        secondIds.Intersect(firstIds).ShouldBeEmpty();
        inserted.Except(firstIds).ShouldBeSubsetOf(secondIds);
    }

    private async Task<List<Guid>> InsertAsync(DateTime from, int count, Func<int, string?> key, JobStatus status = JobStatus.Succeeded)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        var jobs = Enumerable.Range(0, count).Select(i =>
        {
            var at = from.AddMinutes(i);
            var job = Job.New(RecordingHandler.JobKind, """{"name":"history"}""", key(i), at, at, 5);
            job.Status = status;
            job.StartedAt = at;
            job.FinishedAt = at;
            job.Progress = 100;
            return job;
        }).ToList();
        db.Jobs.AddRange(jobs);
        await db.SaveChangesAsync();
        return [.. jobs.Select(j => j.Id)];
    }
}
