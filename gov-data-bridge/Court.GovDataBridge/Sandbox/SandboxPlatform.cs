using Court.Kernel.GovData;
using Grpc.Core;

namespace Court.GovDataBridge.Sandbox;

/// <summary>
/// The sandbox 政务数据平台: serves <c>platform.proto</c> from registry data, with the city platform's key check and rate
/// limit, and with injected latency and faults. <see cref="SandboxApp"/> serves it over gRPC.
/// </summary>
internal sealed class SandboxPlatform : IDisposable
{
    private const string HealthPrefix = "/grpc.health.v1.Health/";

    public SandboxPlatform(PlatformRegistryData data, SandboxOptions options, SandboxFaults faults, TimeProvider time, string key)
    {
        ArgumentNullException.ThrowIfNull(options);
        Time = time;
        Registry = new SandboxRegistry(data);
        Ledger = new ActionLedger(Registry, time, options.LedgerFile);
        Faults = faults;
        Authentication = new PlatformAuthentication(key);
        RateLimit = new PlatformRateLimit(options.RateLimitPerSecond, time);
        Latency = new InjectedLatency(TimeSpan.FromMilliseconds(options.LatencyMilliseconds), time);
        InjectedFaults = new InjectedFaults(faults, time);
    }

    public TimeProvider Time { get; }

    public SandboxRegistry Registry { get; }

    public ActionLedger Ledger { get; }

    public SandboxFaults Faults { get; }

    public PlatformAuthentication Authentication { get; }

    public PlatformRateLimit RateLimit { get; }

    public InjectedLatency Latency { get; }

    public InjectedFaults InjectedFaults { get; }

    /// <summary>Calls refused with RESOURCE_EXHAUSTED since start.</summary>
    public long RefusedCalls => RateLimit.Refused;

    public void Dispose() => Ledger.Dispose();

    internal static bool IsHealthCheck(ServerCallContext context) => context.Method.StartsWith(HealthPrefix, StringComparison.Ordinal);
}
