using System.Net;
using Court.GovDataBridge.Sandbox;
using Court.Grpc;
using Microsoft.Extensions.DependencyInjection;

namespace Court.GovDataBridge.Tests.Sandbox;

/// <summary>The sandbox platform on real Kestrel (a free loopback port), and a gRPC client that calls it with the key.</summary>
internal sealed class SandboxHost : IAsyncDisposable
{
    public const string Key = "sandbox-test-key";

    /// <summary>Every call gives up after this unless the test says otherwise, so that no test hangs.</summary>
    private static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(5);

    private readonly ServiceProvider _services;
    private readonly GrpcHostHandle _handle;
    private readonly HttpMessageInvoker _http;

    private SandboxHost(SandboxPlatform platform, ServiceProvider services, GrpcHostHandle handle, HttpMessageInvoker http)
    {
        Platform = platform;
        _services = services;
        _handle = handle;
        _http = http;
        Client = new GrpcClient(http, handle.Address);
    }

    public SandboxPlatform Platform { get; }

    public SandboxFaults Faults => Platform.Faults;

    public ActionLedger Ledger => Platform.Ledger;

    public GrpcClient Client { get; }

    public static async Task<SandboxHost> StartAsync(SandboxOptions? options = null, TimeProvider? time = null)
    {
        var platform = new SandboxPlatform(TestRegistry.Build(), options ?? new SandboxOptions(), new SandboxFaults(), time ?? TimeProvider.System, Key);
        var services = new ServiceCollection().BuildServiceProvider();
        var handle = await GrpcHosting.StartAsync(new GrpcEndpoint(IPAddress.Loopback, 0), platform.Server, services);
        return new SandboxHost(platform, services, handle, GrpcClient.CreateInvoker());
    }

    /// <param name="key">The platform key sent; null sends none.</param>
    /// <param name="deadline">Null: five seconds; <see cref="Timeout.InfiniteTimeSpan"/>: no deadline.</param>
    public Task<TResponse> CallAsync<TRequest, TResponse>(
        Method<TRequest, TResponse> method, TRequest request, string? key = Key, TimeSpan? deadline = null)
        where TRequest : class, Google.Protobuf.IMessage<TRequest>, new()
        where TResponse : class, Google.Protobuf.IMessage<TResponse>, new()
    {
        var headers = new Metadata();
        if (key is not null) headers.Add("authorization", $"Bearer {key}");
        var wait = deadline ?? DefaultDeadline;
        DateTime? until = wait == Timeout.InfiniteTimeSpan ? null : TimeProvider.System.GetUtcNow().UtcDateTime + wait;
        return Client.UnaryAsync(method, request, new CallOptions(headers, until));
    }

    public async ValueTask DisposeAsync()
    {
        await _handle.DisposeAsync();
        _http.Dispose();
        Platform.Dispose();
        await _services.DisposeAsync();
    }
}
