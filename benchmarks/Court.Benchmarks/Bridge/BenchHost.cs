using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Court.GovData.Bridge.V1;
using Court.GovDataBridge.Hosting;
using Court.GovDataBridge.Sandbox;
using Court.Kernel.GovData;
using Court.Seeds.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Court.Benchmarks.Bridge;

/// <summary>
/// The real court host in this process, set up as the host tests set it up (tests/Court.Host.Tests/Infrastructure/
/// CourtAppFactory.cs): SQLite in its own data folder, demo data, the bridge and the sandbox platform on free loopback
/// ports speaking real gRPC — and the bridge's query cache off, so that every query reaches the platform.
/// </summary>
internal sealed class BenchHost : WebApplicationFactory<global::Program>
{
    public const string DemoPassword = "Bench-Pass-2026";
    private readonly Action<IServiceCollection>? _services;
    private readonly bool _keepData;

    public BenchHost(string? dataDir, Action<IServiceCollection>? services = null)
    {
        _keepData = dataDir is not null;
        DataDir = dataDir ?? Path.Combine(Path.GetTempPath(), "court-bench-" + Guid.NewGuid().ToString("N"));
        _services = services;
    }

    /// <summary>Further settings of this run (e.g. <c>Court:Bridge:PlatformCallsPerSecond</c>), applied last.</summary>
    public Dictionary<string, string?> ExtraSettings { get; } = [];

    /// <summary>The host's data folder: the SQLite database, keys, the sandbox's action ledger.</summary>
    public string DataDir { get; }

    /// <summary>The enforcement case of the demo data, to which the demo enforcement officer is assigned.</summary>
    public static Guid EnforcementCase => DemoCatalogue.Cases[2].Id;

    public async Task<(Uri Bridge, Uri Platform, string PlatformKey)> StartAsync()
    {
        _ = Services; // builds and starts the host, its hosted services included
        var endpoints = Services.GetRequiredService<GovDataEndpoints>();
        var bridge = await endpoints.BridgeAsync(CancellationToken.None);
        var platform = await endpoints.PlatformAsync(CancellationToken.None);
        var key = Services.GetRequiredService<IOptions<SandboxOptions>>().Value.Key!;
        return (bridge, platform, key);
    }

    /// <summary>A grant for the demo enforcement officer on the demo enforcement case, as the host issues it to its modules.</summary>
    public async Task<(GovDataGrant Grant, string Token)> GrantAsync(params GovDataCategory[] categories)
    {
        const string officer = "enforcement";
        using var http = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var issued = await http.PostAsJsonAsync("/api/auth/token", new { userName = officer, password = DemoPassword });
        issued.EnsureSuccessStatusCode();
        var bearer = (await issued.Content.ReadFromJsonAsync<IssuedToken>())!.AccessToken;
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        me.Headers.Authorization = new("Bearer", bearer);
        using var meResponse = await http.SendAsync(me);
        meResponse.EnsureSuccessStatusCode();
        var userId = (await meResponse.Content.ReadFromJsonAsync<Me>())!.Id;

        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId.ToString()), new Claim(ClaimTypes.Name, officer)], "bench"));
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IGovDataGrants>()
            .IssueForCaseAsync(principal, EnforcementCase, Purpose.EnforcementInvestigation, categories);
        return result.Granted ? (result.Grant!, result.Token!) : throw new InvalidOperationException($"No grant: {result.DeniedReason}");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // WebApplicationFactory reads its manifest from the working directory; a benchmark may run from anywhere.
        builder.UseContentRoot(HostContentRoot());
        builder.UseEnvironment("Production");
        builder.UseSetting("Court:DataDir", DataDir);
        builder.UseSetting("Court:SeedDemoData", "true");
        builder.UseSetting("Court:Demo:Password", DemoPassword);
        builder.UseSetting("Court:SecureCookies", "false");
        builder.UseSetting("Court:Database:Provider", "Sqlite");
        builder.UseSetting("Court:Database:ConnectionString", $"Data Source={Path.Combine(DataDir, "court.db")}");
        builder.UseSetting("Court:Bridge:Port", "0");
        builder.UseSetting("Court:Platform:Port", "0");
        builder.UseSetting("Court:Bridge:CacheSeconds", "0");
        // Nothing on the query path logs below Warning; this only keeps the start-up lines out of the report.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error"); // keys in a throwaway folder
        foreach (var (key, value) in ExtraSettings) builder.UseSetting(key, value);
        if (_services is not null) builder.ConfigureTestServices(_services);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!_keepData && Directory.Exists(DataDir)) Directory.Delete(DataDir, recursive: true);
    }

    private static string HostContentRoot()
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json");
        var roots = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(manifest))!;
        return roots[typeof(global::Program).Assembly.GetName().FullName];
    }

    private sealed record IssuedToken(string AccessToken);

    private sealed record Me(Guid Id);
}
