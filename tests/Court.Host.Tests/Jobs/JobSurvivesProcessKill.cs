using System.Net.Http.Json;
using System.Text.Json;
using Court.Host.Tests.Infrastructure;
using Court.Kernel.Persistence;
using Court.Seeds.Demo;

namespace Court.Host.Tests.Jobs;

/// <summary>
/// The acceptance test of durable jobs: the demo welcome SMS dispatch (12 messages, 1.5 s each at the sandbox provider)
/// is killed mid-run, the host starts again on the same data, and the job finishes — every phone gets its message once.
/// </summary>
[Trait("Category", "Persistence")]
public sealed class JobSurvivesProcessKill : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "court-kill-" + Guid.NewGuid().ToString("N"));
    private readonly List<HostProcess> _hosts = [];
    private PostgresDatabase? _database;

    private string SmsFolder => Path.Combine(_dataDir, "sms");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDir);
        if (TestDatabases.IsPostgres) _database = await PostgresDatabase.CreateAsync();
    }

    [Fact]
    public async Task A_dispatch_killed_mid_run_finishes_after_restart_and_each_message_is_delivered_exactly_once()
    {
        var first = await StartHostAsync();
        using var beforeKill = await first.CreateClientAsync("admin", CourtAppFactory.DemoPassword);
        var running = await Eventually.GetAsync("the SMS dispatch running with some messages delivered", async () =>
        {
            var job = (await DispatchJobsAsync(beforeKill)).SingleOrDefault(j => j.Status == "Running");
            return job is not null && DeliveredFiles().Length >= 2 ? job : null;
        }, Timeout);

        first.KillHard();
        var deliveredBeforeKill = DeliveredFiles().Length;
        deliveredBeforeKill.ShouldBeLessThan(ExpectedPhones.Length, "the kill came too late to interrupt the job");
        running.Attempts.ShouldBe(1);

        var second = await StartHostAsync();
        using var afterRestart = await second.CreateClientAsync("admin", CourtAppFactory.DemoPassword);
        var finished = await Eventually.GetAsync("the dispatch job to finish after the restart", async () =>
            (await DispatchJobsAsync(afterRestart)).SingleOrDefault(j => j.Id == running.Id && j.Status is "Succeeded" or "Failed"), Timeout);

        finished.Status.ShouldBe("Succeeded", finished.LastError);
        finished.Attempts.ShouldBe(2);
        (await DispatchJobsAsync(afterRestart)).ShouldHaveSingleItem("a restart must not enqueue a second dispatch");
        // The welcome messages; the demo litigant is also told about the demo filings.
        var delivered = DeliveredFiles().Select(f => JsonSerializer.Deserialize<DeliveredSms>(File.ReadAllText(f), JsonSerializerOptions.Web)!)
            .Where(m => m.Text.Contains("欢迎使用智慧法院", StringComparison.Ordinal)).ToList();
        delivered.Select(m => m.Phone).Order().ShouldBe(ExpectedPhones.Order(), "one message per phone, none lost, none twice");
        delivered.ShouldAllBe(m => DeliveredFiles().Contains(Path.Combine(SmsFolder, $"{m.MessageId:D}.json")));
        var sends = DeliveryLog().Where(e => e.Event == "delivered").GroupBy(e => e.MessageId).ToList();
        sends.ShouldAllBe(g => g.Count() == 1, "the provider's log shows a message id sent twice");
        sends.Count.ShouldBeGreaterThanOrEqualTo(ExpectedPhones.Length - 1);
    }

    public Task DisposeAsync()
    {
        foreach (var host in _hosts) host.Dispose();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder; harmless.
        }
        return _database?.DisposeAsync().AsTask() ?? Task.CompletedTask;
    }

    private static string[] ExpectedPhones { get; } =
        DemoCatalogue.Accounts.Where(a => a.PhoneNumber is not null).Select(a => a.PhoneNumber!).ToArray();

    private async Task<HostProcess> StartHostAsync()
    {
        var environment = new Dictionary<string, string>
        {
            ["COURT_DATA_DIR"] = _dataDir,
            ["COURT_SEED_DEMO"] = "true",
            ["COURT_DEMO_PASSWORD"] = CourtAppFactory.DemoPassword,
            ["COURT_SECURE_COOKIES"] = "false",
            ["COURT_BRIDGE_PORT"] = "0",
            ["COURT_PLATFORM_PORT"] = "0",
            ["COURT_DB_PROVIDER"] = _database is null ? nameof(DatabaseProvider.Sqlite) : nameof(DatabaseProvider.Postgres),
            ["Court__Sms__FileSink__LatencyMilliseconds"] = "1500",
            ["Court__Jobs__LeaseSeconds"] = "3",
            ["Court__Jobs__PollMilliseconds"] = "200",
        };
        if (_database is not null) environment["COURT_DB_CONNECTION"] = _database.ConnectionString;
        var host = await HostProcess.StartAsync(environment, Timeout);
        _hosts.Add(host);
        return host;
    }

    private static async Task<List<JobBody>> DispatchJobsAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<List<JobBody>>("/api/admin/jobs?kind=sms.dispatch"))!;

    private string[] DeliveredFiles() => Directory.Exists(SmsFolder) ? Directory.GetFiles(SmsFolder, "*.json") : [];

    private List<LogEntry> DeliveryLog()
    {
        var log = Path.Combine(SmsFolder, "delivery.log");
        return File.ReadAllLines(log).Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<LogEntry>(l, JsonSerializerOptions.Web)!).ToList();
    }

    private sealed record DeliveredSms(Guid MessageId, string Phone, string Text);

    private sealed record LogEntry(string Event, Guid MessageId);
}
