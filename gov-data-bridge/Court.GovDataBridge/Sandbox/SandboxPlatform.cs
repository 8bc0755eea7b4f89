using Court.Grpc;
using Court.Kernel.GovData;

namespace Court.GovDataBridge.Sandbox;

/// <summary>
/// The sandbox 政务数据平台: serves <c>platform.proto</c> from registry data, with the city platform's key check and rate
/// limit, and with injected latency and faults. Host <see cref="Server"/> with <see cref="GrpcHosting"/>.
/// </summary>
internal sealed class SandboxPlatform : IDisposable
{
    private const string HealthPrefix = "/grpc.health.v1.Health/";
    private readonly PlatformRateLimit _rateLimit;

    public SandboxPlatform(PlatformRegistryData data, SandboxOptions options, SandboxFaults faults, TimeProvider time, string key)
    {
        ArgumentNullException.ThrowIfNull(options);
        Registry = new SandboxRegistry(data);
        Ledger = new ActionLedger(Registry, time, options.LedgerFile);
        Faults = faults;
        _rateLimit = new PlatformRateLimit(options.RateLimitPerSecond, time);

        var server = new GrpcServerBuilder(new GrpcServerOptions { TimeProvider = time })
            .AddInterceptor(new PlatformAuthentication(key).InterceptAsync)
            .AddInterceptor(_rateLimit.InterceptAsync)
            .AddInterceptor(new InjectedLatency(TimeSpan.FromMilliseconds(options.LatencyMilliseconds), time).InterceptAsync)
            .AddInterceptor(new InjectedFaults(faults, time).InterceptAsync)
            .AddHealth(Health);
        new SubjectRegistryService(Registry).MapTo(server);
        new AssetRegistryService(Registry, Ledger, time).MapTo(server);
        new SocialSecurityService(Registry).MapTo(server);
        new ActionDeskService(Ledger).MapTo(server);
        Server = server.Build();
    }

    public GrpcServer Server { get; }

    public SandboxRegistry Registry { get; }

    public ActionLedger Ledger { get; }

    public SandboxFaults Faults { get; }

    /// <summary>grpc.health.v1 statuses; the overall status (<c>""</c>) starts SERVING.</summary>
    public HealthService Health { get; } = new();

    /// <summary>Calls refused with RESOURCE_EXHAUSTED since start.</summary>
    public long RefusedCalls => _rateLimit.Refused;

    public void Dispose() => Ledger.Dispose();

    internal static bool IsHealthCheck(ServerCallContext context) => context.Method.StartsWith(HealthPrefix, StringComparison.Ordinal);
}
