using System.Net.Http.Json;
using Court.Host.Tests.Infrastructure;
using Court.Kernel.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Jobs;

/// <summary>
/// The shared test host with test job handlers, a clock the test can move forward, a fast poll,
/// and a recurring schedule every <see cref="TestScheduleInterval"/>.
/// </summary>
public sealed class JobsAppFactory : CourtAppFactory
{
    public const string TestSchedule = "test-every-10-minutes";
    public static readonly TimeSpan TestScheduleInterval = TimeSpan.FromMinutes(10);

    public TestJobLedger Ledger { get; } = new();

    public IJobQueue Queue => Services.GetRequiredService<IJobQueue>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Court:Jobs:PollMilliseconds", "50");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Ledger);
            services.AddJobHandler<RecordingHandler>();
            services.AddJobHandler<FlakyHandler>();
            services.AddJobHandler<ProgressHandler>();
            services.AddRecurringJob(TestSchedule, RecordingHandler.JobKind, TestScheduleInterval, new TestPayload("recurring"));
        });
    }

    public async Task<JobBody> JobAsync(HttpClient admin, Guid id)
    {
        var jobs = await admin.GetFromJsonAsync<List<JobBody>>("/api/admin/jobs");
        return jobs!.Single(j => j.Id == id);
    }

    public Task<JobBody> WaitForJobAsync(HttpClient admin, Guid id, string what, Func<JobBody, bool> condition) =>
        Eventually.GetAsync(what, async () =>
        {
            var job = await JobAsync(admin, id);
            return condition(job) ? job : null;
        });
}

/// <summary>A job as <c>GET /api/admin/jobs</c> returns it.</summary>
public sealed record JobBody(
    Guid Id, string Kind, string Status, string StatusName, int Attempts, int MaxAttempts, int Progress, string? ProgressMessage,
    string? LastError, string? IdempotencyKey, DateTime CreatedAt, DateTime RunAfter, DateTime? StartedAt, DateTime? FinishedAt);
