using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Court.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Jobs;

[Trait("Category", "Persistence")]
public sealed class FailingJobs(JobsAppFactory app) : IClassFixture<JobsAppFactory>
{
    [Fact]
    public async Task A_failing_job_backs_off_exponentially_then_dead_letters_and_an_admin_retry_runs_it_again()
    {
        using var admin = await app.ClientForAsync("admin");
        var id = await app.Queue.EnqueueAsync(FlakyHandler.JobKind, new TestPayload("flaky"));

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var waiting = await app.WaitForJobAsync(admin, id, $"attempt {attempt} to fail", j => j.Status == "Queued" && j.Attempts == attempt);
            var backoff = TimeSpan.FromSeconds(5 * Math.Pow(2, attempt - 1));
            (waiting.RunAfter - waiting.StartedAt!.Value).ShouldBe(backoff, TimeSpan.FromSeconds(1));
            waiting.LastError.ShouldBe($"InvalidOperationException: 模拟故障 flaky 第 {attempt} 次");
            app.Clock.Advance(backoff);
        }

        var dead = await app.WaitForJobAsync(admin, id, "the job to dead-letter", j => j.Status == "Failed");
        dead.StatusName.ShouldBe("失败");
        dead.Attempts.ShouldBe(5);
        dead.MaxAttempts.ShouldBe(5);
        dead.LastError.ShouldNotBeNull().ShouldNotContain(" at ");
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await app.EveryWorkerHasLookedAsync();
        app.Ledger.RunsOf("flaky").ShouldBe(5);

        app.Ledger.Failing["flaky"] = false;
        using var retry = await admin.PostAsync(new Uri($"/api/admin/jobs/{id}/retry", UriKind.Relative), null);

        retry.StatusCode.ShouldBe(HttpStatusCode.OK);
        var requeued = await retry.Content.ReadFromJsonAsync<JobBody>();
        requeued!.Status.ShouldBe("Queued");
        requeued.Attempts.ShouldBe(0);
        var succeeded = await app.WaitForJobAsync(admin, id, "the retried job to succeed", j => j.Status == "Succeeded");
        succeeded.Attempts.ShouldBe(1);
        app.Ledger.RunsOf("flaky").ShouldBe(6);
        await using var scope = app.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<CourtDb>().AuditEntries.Where(a => a.Action == "RetryJob").ToListAsync();
        audit.ShouldHaveSingleItem().Target.ShouldBe(id.ToString());
        audit[0].UserName.ShouldBe("admin");
    }

    [Fact]
    public async Task Only_a_failed_job_can_be_retried_and_an_unknown_one_is_not_found()
    {
        using var admin = await app.ClientForAsync("admin");
        var id = await app.Queue.EnqueueAsync(RecordingHandler.JobKind, new TestPayload("fine"));
        await app.WaitForJobAsync(admin, id, "the job to succeed", j => j.Status == "Succeeded");

        using var succeeded = await admin.PostAsync(new Uri($"/api/admin/jobs/{id}/retry", UriKind.Relative), null);
        using var unknown = await admin.PostAsync(new Uri($"/api/admin/jobs/{Guid.NewGuid()}/retry", UriKind.Relative), null);

        succeeded.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var conflict = await succeeded.Content.ReadFromJsonAsync<JsonElement>();
        conflict.GetProperty("type").GetString().ShouldBe("/problems/job-not-retryable");
        conflict.GetProperty("detail").GetString()!.ShouldContain("已完成");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("未找到");
    }
}
