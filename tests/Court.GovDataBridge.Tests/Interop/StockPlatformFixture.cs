using Court.GovDataBridge.Hosting;
using Court.GovDataBridge.Platform;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Court.GovDataBridge.Tests.Interop;

/// <summary>Debian's stock Python gRPC server as the government platform (platform_server.py), and the bridge's gateway to it.</summary>
public sealed class StockPlatformFixture : IAsyncLifetime
{
    public const string Key = "python-platform-key";

    private readonly MemoryCache _cache = new(new MemoryCacheOptions());
    private StockGrpcServer? _server;
    private string? _stubs;
    private PlatformConnection? _connection;

    internal PlatformGateway Gateway { get; private set; } = null!;

    internal PlatformConnection Connection => _connection!;

    public string StandardError => _server?.StandardError ?? "";

    public async Task InitializeAsync()
    {
        _stubs = await StockGrpc.GenerateStubsAsync(
            Path.Combine(StockGrpc.RepoRoot, "gov-data-bridge/protos"), ["govdata/platform/v1/platform.proto", "grpc/health/v1/health.proto"]);
        _server = await StockGrpc.StartServerAsync("Interop/platform_server.py", _stubs, [Key]);
        var endpoints = new GovDataEndpoints();
        endpoints.PlatformAt(_server.Address);
        _connection = new PlatformConnection(endpoints, new PlatformKey(Key), new GrpcChannels());
        var options = Options.Create(new BridgeOptions { CallDeadlineMilliseconds = 1000, QueryAttempts = 1, CacheSeconds = 0, BreakerFailureThreshold = 100 });
        Gateway = new PlatformGateway(_connection, options, TimeProvider.System, _cache);
    }

    public async Task DisposeAsync()
    {
        Gateway.Dispose();
        _connection?.Dispose();
        _cache.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        if (_stubs is not null && Directory.Exists(_stubs)) Directory.Delete(_stubs, recursive: true);
    }
}
