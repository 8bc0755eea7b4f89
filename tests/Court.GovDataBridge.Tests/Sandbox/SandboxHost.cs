using System.Net;
using Court.GovDataBridge.Hosting;
using Court.GovDataBridge.Platform;
using Court.GovDataBridge.Sandbox;
using Grpc.Core;
using Grpc.Net.Client;

namespace Court.GovDataBridge.Tests.Sandbox;

/// <summary>The sandbox platform on real Kestrel (a free loopback port), and the generated clients that call it with the key.</summary>
internal sealed class SandboxHost : IAsyncDisposable
{
    public const string Key = "sandbox-test-key";

    /// <summary>Every call gives up after this unless the test says otherwise, so that no test hangs.</summary>
    private static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(5);

    private readonly RunningGrpcApp _app;
    private readonly GrpcChannel _channel;

    private SandboxHost(SandboxPlatform platform, RunningGrpcApp app)
    {
        Platform = platform;
        _app = app;
        _channel = new GrpcChannels().Open(app.Address, GrpcChannels.PlatformLink);
        Clients = new PlatformClients(_channel.CreateCallInvoker());
    }

    public SandboxPlatform Platform { get; }

    public SandboxFaults Faults => Platform.Faults;

    public ActionLedger Ledger => Platform.Ledger;

    public PlatformClients Clients { get; }

    public Uri Address => _app.Address;

    public static async Task<SandboxHost> StartAsync(SandboxOptions? options = null, TimeProvider? time = null)
    {
        var platform = new SandboxPlatform(TestRegistry.Build(), options ?? new SandboxOptions(), new SandboxFaults(), time ?? TimeProvider.System, Key);
        var app = await SandboxApp.StartAsync(platform, new GrpcListen(IPAddress.Loopback, 0));
        return new SandboxHost(platform, app);
    }

    /// <param name="key">The platform key sent; null sends none.</param>
    /// <param name="deadline">Null: five seconds; <see cref="Timeout.InfiniteTimeSpan"/>: no deadline.</param>
    public async Task<TResponse> CallAsync<TRequest, TResponse>(
        PlatformMethod<TRequest, TResponse> method, TRequest request, string? key = Key, TimeSpan? deadline = null)
    {
        var wait = deadline ?? DefaultDeadline;
        return await method.Invoke(Clients, request, Options(key, wait));
    }

    public static CallOptions Options(string? key = Key, TimeSpan? deadline = null)
    {
        var headers = new Metadata();
        if (key is not null) headers.Add("authorization", $"Bearer {key}");
        var wait = deadline ?? DefaultDeadline;
        DateTime? until = wait == Timeout.InfiniteTimeSpan ? null : TimeProvider.System.GetUtcNow().UtcDateTime + wait;
        return new CallOptions(headers, until);
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Dispose();
        await _app.DisposeAsync();
        Platform.Dispose();
    }
}
