using Court.Grpc;

namespace Court.GovDataBridge.Sandbox;

/// <summary>Delays every call, as a distant platform would (<c>Court:Platform:LatencyMilliseconds</c>).</summary>
internal sealed class InjectedLatency(TimeSpan latency, TimeProvider time)
{
    public async Task InterceptAsync(ServerCallContext context, Func<Task> continuation)
    {
        if (latency > TimeSpan.Zero) await Task.Delay(latency, time, context.CancellationToken);
        await continuation();
    }
}
