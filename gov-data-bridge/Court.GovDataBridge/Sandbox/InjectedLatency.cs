using Grpc.Core;

namespace Court.GovDataBridge.Sandbox;

/// <summary>Delays every call, as a distant platform would (<c>Court:Platform:LatencyMilliseconds</c>).</summary>
internal sealed class InjectedLatency(TimeSpan latency, TimeProvider time) : CallInterceptor
{
    protected override async Task InterceptAsync(object request, ServerCallContext context, Func<Task> continuation)
    {
        if (latency > TimeSpan.Zero) await Task.Delay(latency, time, context.CancellationToken);
        await continuation();
    }
}
