using System.Net.Http.Headers;
using System.Net.Http.Json;
using Court.Host.Jobs;
using Court.Host.Tests.Jobs;
using Court.Kernel.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Court.Seeds.Reference;

namespace Court.Host.Tests.Infrastructure;

/// <summary>
/// The court-services host in memory, on its own data folder and — when this run is on PostgreSQL
/// (<see cref="TestDatabases.Current"/>) — its own fresh database; both are removed at dispose.
/// Demo data is seeded: every demo account (litigant, lawyer, clerk, judge, …, admin) signs in with <see cref="DemoPassword"/>.
/// Use as a class fixture (<c>IClassFixture&lt;CourtAppFactory&gt;</c>) or create one per test with <c>await using</c>.
/// </summary>
public class CourtAppFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo-Pass-2026";

    private readonly Lock _gate = new();
    private PostgresDatabase? _database;
    private int _cleanedUp;

    /// <summary>Monday 7 December 2026, 10:00 in Xiamen: where a test host's clock starts, whatever today is.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    public CourtAppFactory() : this(DefaultStart)
    {
    }

    /// <summary>A host whose clock starts at <paramref name="clockStartsAt"/> and runs on from there (a test may move it forward).</summary>
    protected CourtAppFactory(DateTimeOffset clockStartsAt)
    {
        Clock = new ShiftedClock(clockStartsAt);
        Provider = TestDatabases.Current();
        DataDir = Path.Combine(Path.GetTempPath(), "court-test-" + Guid.NewGuid().ToString("N"));
    }

    /// <summary>The host's clock (its <see cref="TimeProvider"/>): no test depends on today's date.</summary>
    public ShiftedClock Clock { get; }

    /// <summary>
    /// Returns once a worker has looked for due jobs at least once since the call: a job not run by then was not due. With
    /// <c>Workers</c> loops, that many passes may have begun before the call; one more completed pass began after it.
    /// </summary>
    public async Task EveryWorkerHasLookedAsync()
    {
        var signal = Services.GetRequiredService<JobSignal>();
        var workers = Services.GetRequiredService<IOptions<JobOptions>>().Value.Workers;
        var target = signal.ClaimPasses + Math.Max(1, workers) + 1;
        signal.Wake();
        await Eventually.HoldsAsync("a worker to look for due jobs", () => Task.FromResult(signal.ClaimPasses >= target));
    }

    /// <summary>The provider this host runs on.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>This host's data folder (SQLite file, keys, blobs); deleted at dispose.</summary>
    public string DataDir { get; }

    /// <summary>The connection string the host uses: its PostgreSQL database, or the SQLite file in <see cref="DataDir"/>.</summary>
    public string ConnectionString => Provider == DatabaseProvider.Postgres
        ? EnsureDatabase().ConnectionString
        : $"Data Source={Path.Combine(DataDir, "court.db")}";

    /// <summary>The PostgreSQL database name, or null on SQLite.</summary>
    public string? DatabaseName => Provider == DatabaseProvider.Postgres ? EnsureDatabase().Name : null;

    /// <summary>A client with no credentials. It does not follow redirects, so a test sees the 302 to the sign-in page.</summary>
    public HttpClient CreateAnonymousClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client signed in as a demo account by a bearer token from <c>POST /api/auth/token</c>.</summary>
    public Task<HttpClient> ClientForAsync(string userName) => ClientForAsync(userName, DemoPassword);

    /// <summary>A client signed in by a bearer token issued for <paramref name="userName"/> and <paramref name="password"/>.</summary>
    public async Task<HttpClient> ClientForAsync(string userName, string password)
    {
        var client = CreateAnonymousClient();
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync();
            client.Dispose();
            throw new InvalidOperationException($"POST /api/auth/token for '{userName}' answered {(int)response.StatusCode}: {body}");
        }

        var token = await response.Content.ReadFromJsonAsync<IssuedToken>()
            ?? throw new InvalidOperationException("POST /api/auth/token answered without a body.");
        if (string.IsNullOrEmpty(token.AccessToken))
            throw new InvalidOperationException("POST /api/auth/token answered without an accessToken.");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Court:DataDir", DataDir);
        builder.UseSetting("Court:SeedDemoData", "true");
        builder.UseSetting("Court:Demo:Password", DemoPassword);
        builder.UseSetting("Court:SecureCookies", "false");
        builder.UseSetting("Court:Database:Provider", Provider.ToString());
        builder.UseSetting("Court:Database:ConnectionString", ConnectionString);
        builder.UseSetting("Court:Bridge:Port", "0");
        builder.UseSetting("Court:Platform:Port", "0");
        foreach (var (key, value) in ExtraSettings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            if (Reference is { } reference) services.AddSingleton(reference);
        });
    }

    /// <summary>The reference data this host runs on instead of the shipped seeds (e.g. without a year's holiday notice); null keeps the seeds.</summary>
    public ReferenceData? Reference { get; init; }

    /// <summary>Further settings for one test's host (e.g. faster job retries).</summary>
    public Dictionary<string, string?> ExtraSettings { get; } = [];

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            if (Interlocked.Exchange(ref _cleanedUp, 1) == 0)
            {
                if (_database is not null) await _database.DisposeAsync();
                DeleteDataDir();
            }
        }
        GC.SuppressFinalize(this);
    }

    private PostgresDatabase EnsureDatabase()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_cleanedUp == 1, this);
            return _database ??= PostgresDatabase.Create();
        }
    }

    private void DeleteDataDir()
    {
        // A file still held for a moment after the host stopped (Windows) gets a few retries.
        for (var attempt = 0; Directory.Exists(DataDir); attempt++)
        {
            try
            {
                Directory.Delete(DataDir, recursive: true);
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(100);
            }
        }
    }

    private sealed record IssuedToken(string AccessToken, DateTimeOffset ExpiresAt);
}
