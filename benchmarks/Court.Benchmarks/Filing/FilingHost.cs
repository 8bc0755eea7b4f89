using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Court.Benchmarks.Bridge;
using Court.Host.Litigation.Payments;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Benchmarks.Filing;

/// <summary>
/// The court host in this process on a real 127.0.0.1 socket (Kestrel, as tests/Court.Browser.Tests/BrowserHost.cs starts it),
/// on SQLite in its own data folder or on a fresh database of the PostgreSQL server named by <c>COURT_BENCH_POSTGRES</c>;
/// clients speak real HTTP/1.1 to it, one connection per request in flight.
/// </summary>
internal sealed class FilingHost : IAsyncDisposable
{
    public const string PostgresVariable = "COURT_BENCH_POSTGRES";

    private readonly BenchHost _host;

    private FilingHost(BenchHost host, Uri address, string provider)
    {
        _host = host;
        Address = address;
        Provider = provider;
    }

    public Uri Address { get; }

    public string Provider { get; }

    public IServiceProvider Services => _host.Services;

    public static FilingHost Start(string provider, string? dataDir, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var host = new BenchHost(dataDir);
        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable);
            if (string.IsNullOrWhiteSpace(server))
                throw new InvalidOperationException($"--provider Postgres needs {PostgresVariable}=\"Host=127.0.0.1;Port=PORT;Username=postgres\" (scripts/lib/postgres.sh: pg_start DIR).");
            host.ExtraSettings["Court:Database:Provider"] = "Postgres";
            host.ExtraSettings["Court:Database:ConnectionString"] = $"{server};Database=filing_bench_{Guid.NewGuid():N}";
            provider = "Postgres";
        }
        else provider = "Sqlite";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) host.ExtraSettings[key] = value;

        var port = FreePort();
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        host.StartServer();
        return new FilingHost(host, new Uri($"http://127.0.0.1:{port}"), provider);
    }

    /// <summary>A client of its own (own connection pool) signed in with a bearer token for a demo account.</summary>
    public async Task<HttpClient> ClientForAsync(string userName, TimeSpan? timeout = null)
    {
        var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = Address,
            Timeout = timeout ?? TimeSpan.FromMinutes(3),
        };
        using var issued = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = BenchHost.DemoPassword });
        issued.EnsureSuccessStatusCode();
        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Pays a filing's fee as the sandbox bank does when the payer confirms: a signed notification through the court's own handler.</summary>
    public async Task PayAsync(Guid filingId)
    {
        await using var scope = Services.CreateAsyncScope();
        var payments = scope.ServiceProvider.GetRequiredService<FeePayments>();
        var payment = await payments.FindForFilingAsync(filingId, CancellationToken.None)
            ?? throw new InvalidOperationException($"No payment opened for filing {filingId}.");
        var notification = scope.ServiceProvider.GetRequiredService<SandboxBank>().PaidNotification(payment);
        var handled = await scope.ServiceProvider.GetRequiredService<PaymentNotifications>()
            .ReceiveAsync(SandboxPaymentProvider.ProviderName, notification.Body, notification.Headers, "127.0.0.1", CancellationToken.None);
        if (handled.Ack is null) throw new InvalidOperationException("The court refused the sandbox notification.");
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
