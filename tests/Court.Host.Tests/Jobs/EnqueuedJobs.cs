using System.Net.Http.Json;

namespace Court.Host.Tests.Jobs;

[Trait("Category", "Persistence")]
public sealed class EnqueuedJobs(JobsAppFactory app) : IClassFixture<JobsAppFactory>
{
    [Fact]
    public async Task An_enqueued_job_runs_once_and_is_recorded_as_succeeded()
    {
        using var admin = await app.ClientForAsync("admin");

        var id = await app.Queue.EnqueueAsync(RecordingHandler.JobKind, new TestPayload("once"));

        var job = await app.WaitForJobAsync(admin, id, "the job to succeed", j => j.Status == "Succeeded");
        job.StatusName.ShouldBe("已完成");
        job.Attempts.ShouldBe(1);
        job.Progress.ShouldBe(100);
        job.FinishedAt.ShouldNotBeNull();
        app.Ledger.Runs.Where(r => r.Tag == "once").ShouldHaveSingleItem().ShouldBe((id, 1, "once"));
    }

    [Fact]
    public async Task The_same_idempotency_key_returns_the_existing_job_and_it_runs_once()
    {
        using var admin = await app.ClientForAsync("admin");

        var first = await app.Queue.EnqueueAsync(RecordingHandler.JobKind, new TestPayload("keyed"), "test:keyed");
        var again = await app.Queue.EnqueueAsync(RecordingHandler.JobKind, new TestPayload("keyed-again"), "test:keyed");
        var racing = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => app.Queue.EnqueueAsync(RecordingHandler.JobKind, new TestPayload("keyed-race"), "test:keyed-race")));

        again.ShouldBe(first);
        racing.Distinct().ShouldHaveSingleItem();
        await app.WaitForJobAsync(admin, first, "the keyed job to succeed", j => j.Status == "Succeeded");
        await app.WaitForJobAsync(admin, racing[0], "the raced job to succeed", j => j.Status == "Succeeded");
        app.Ledger.RunsOf("keyed").ShouldBe(1);
        app.Ledger.RunsOf("keyed-again").ShouldBe(0);
        app.Ledger.RunsOf("keyed-race").ShouldBe(1);
        var jobs = await admin.GetFromJsonAsync<List<JobBody>>("/api/admin/jobs");
        jobs!.Count(j => j.IdempotencyKey == "test:keyed").ShouldBe(1);
    }

    [Fact]
    public async Task A_job_for_later_waits_for_its_time()
    {
        using var admin = await app.ClientForAsync("admin");
        var runAfter = app.Clock.GetUtcNow().UtcDateTime.AddMinutes(5);

        var id = await app.Queue.EnqueueAsync(RecordingHandler.JobKind, new TestPayload("later"), runAfterUtc: runAfter);
        await app.EveryWorkerHasLookedAsync();

        (await app.JobAsync(admin, id)).Status.ShouldBe("Queued");
        app.Ledger.RunsOf("later").ShouldBe(0);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await app.WaitForJobAsync(admin, id, "the deferred job to succeed", j => j.Status == "Succeeded");
        app.Ledger.RunsOf("later").ShouldBe(1);
    }

    [Fact]
    public async Task Progress_reported_by_a_running_job_is_visible_to_the_administrator()
    {
        using var admin = await app.ClientForAsync("admin");

        var id = await app.Queue.EnqueueAsync(ProgressHandler.JobKind, new TestPayload("progress"));

        var running = await app.WaitForJobAsync(admin, id, "40 % progress", j => j.Status == "Running" && j.Progress == 40);
        running.StatusName.ShouldBe("运行中");
        running.ProgressMessage.ShouldBe("已处理 4/10 份文书");
        var gate = app.Ledger.Gates.GetOrAdd("progress", _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        gate.SetResult();
        var done = await app.WaitForJobAsync(admin, id, "the job to finish", j => j.Status == "Succeeded");
        done.Progress.ShouldBe(100);
    }
}
