using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Court.Host.Jobs;
using Court.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Jobs;

[Trait("Category", "Persistence")]
public sealed class RecurringSchedules(JobsAppFactory app) : IClassFixture<JobsAppFactory>
{
    private const string Name = JobsAppFactory.TestSchedule;

    [Fact]
    public async Task A_schedule_produces_one_job_per_due_time_however_many_ticks_race_for_it()
    {
        using var admin = await app.ClientForAsync("admin");
        var scheduler = app.Services.GetRequiredService<RecurringJobScheduler>();
        var firstDue = (await StoredScheduleAsync()).NextRunAt;
        var runsBefore = app.Ledger.RunsOf("recurring");

        app.Clock.Advance(firstDue - app.Clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(1));
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => scheduler.EnqueueDueAsync(CancellationToken.None)));
        await Eventually.HoldsAsync("the first run", () => Task.FromResult(app.Ledger.RunsOf("recurring") == runsBefore + 1));

        var afterFirst = await StoredScheduleAsync();
        afterFirst.NextRunAt.ShouldBe(firstDue + JobsAppFactory.TestScheduleInterval);
        var firstJob = await app.JobAsync(admin, afterFirst.LastJobId!.Value);
        firstJob.IdempotencyKey.ShouldBe(RecurringJobScheduler.DueKey(Name, firstDue));

        app.Clock.Advance(JobsAppFactory.TestScheduleInterval);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => scheduler.EnqueueDueAsync(CancellationToken.None)));
        await Eventually.HoldsAsync("the second run", () => Task.FromResult(app.Ledger.RunsOf("recurring") == runsBefore + 2));
        await app.EveryWorkerHasLookedAsync();

        app.Ledger.RunsOf("recurring").ShouldBe(runsBefore + 2);
        var jobs = await admin.GetFromJsonAsync<List<JobBody>>($"/api/admin/jobs?kind={RecordingHandler.JobKind}");
        jobs!.Where(j => j.IdempotencyKey?.StartsWith($"recurring:{Name}:", StringComparison.Ordinal) == true)
            .Select(j => j.IdempotencyKey).Order()
            .ShouldBe([RecurringJobScheduler.DueKey(Name, firstDue), RecurringJobScheduler.DueKey(Name, firstDue + JobsAppFactory.TestScheduleInterval)]);
    }

    [Fact]
    public async Task Run_now_enqueues_an_extra_job_and_leaves_the_cadence_alone()
    {
        using var admin = await app.ClientForAsync("admin");
        var before = await StoredScheduleAsync();
        var runsBefore = app.Ledger.RunsOf("recurring");

        using var response = await admin.PostAsync(new Uri($"/api/admin/recurring-jobs/{Name}/run", UriKind.Relative), null);
        using var unknown = await admin.PostAsync(new Uri("/api/admin/recurring-jobs/no-such-schedule/run", UriKind.Relative), null);

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var jobId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetGuid();
        await app.WaitForJobAsync(admin, jobId, "the manual run to succeed", j => j.Status == "Succeeded");
        app.Ledger.RunsOf("recurring").ShouldBe(runsBefore + 1);
        var after = await StoredScheduleAsync();
        after.NextRunAt.ShouldBe(before.NextRunAt);
        after.LastJobId.ShouldBe(jobId);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().ShouldBe("未找到名为“no-such-schedule”的定时任务。");
    }

    private Task<RecurringSchedule> StoredScheduleAsync() => Eventually.GetAsync("the stored schedule", async () =>
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        return await db.RecurringSchedules.AsNoTracking().SingleOrDefaultAsync(s => s.Name == Name);
    });
}
