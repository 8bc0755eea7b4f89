using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Court.Browser.Tests;

/// <summary>
/// The real host on a real 127.0.0.1 socket (Kestrel, not the in-memory test server) and a headless Debian Chromium
/// driving it. One per test class; each test opens its own browser context (own cookies).
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string DemoPassword = "Demo-Pass-2026";

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "court-browser-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    /// <summary>Monday 7 December 2026, 10:00 in Xiamen: where the host's clock starts, whatever today is.</summary>
    public static readonly DateTimeOffset ClockStart = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    /// <summary>The host's clock (its <see cref="TimeProvider"/>), so no browser test depends on today's date.</summary>
    public ShiftedClock Clock { get; } = new(ClockStart);

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The host's data folder: the embedded SMS provider writes each message to <c>sms/</c> in it.</summary>
    public string DataDir => _dataDir;
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The host's services, for a test that plays an outside party (e.g. the sandbox bank's notification).</summary>
    public IServiceProvider Services => _factory!.Services;

    public async Task InitializeAsync()
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("Court:DataDir", _dataDir)
            .UseSetting("Court:Bridge:Port", "0")
            .UseSetting("Court:Platform:Port", "0")
            .UseSetting("Court:SeedDemoData", "true")
            .UseSetting("Court:Demo:Password", DemoPassword)
            .UseSetting("Court:SecureCookies", "false")
            .ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _factory.StartServer();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("COURT_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary><paramref name="bypassCsp"/>: lets a test inject its own script (axe-core) into the page.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BypassCSP = bypassCsp,
            BaseURL = BaseAddress.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        if (Directory.Exists(_dataDir)) Directory.Delete(_dataDir, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
