using Grpc.Core;

namespace Court.GovDataBridge.Sandbox;

/// <summary>At most so many calls in any one second, all callers together (a sliding window); the rest are refused.</summary>
internal sealed class PlatformRateLimit(int callsPerSecond, TimeProvider time) : CallInterceptor
{
    private readonly Lock _lock = new();
    private readonly Queue<long> _accepted = new();
    private long _refused;

    /// <summary>Calls refused with RESOURCE_EXHAUSTED since start.</summary>
    public long Refused => Interlocked.Read(ref _refused);

    protected override Task InterceptAsync(object request, ServerCallContext context, Func<Task> continuation)
    {
        if (callsPerSecond > 0 && !TryAccept())
        {
            Interlocked.Increment(ref _refused);
            throw GrpcErrors.Of(StatusCode.ResourceExhausted, $"调用过于频繁：平台每秒最多受理 {callsPerSecond} 次调用，请稍后重试");
        }

        return continuation();
    }

    private bool TryAccept()
    {
        var now = time.GetTimestamp();
        var windowStart = now - time.TimestampFrequency;
        lock (_lock)
        {
            while (_accepted.TryPeek(out var oldest) && oldest <= windowStart) _accepted.Dequeue();
            if (_accepted.Count >= callsPerSecond) return false;
            _accepted.Enqueue(now);
            return true;
        }
    }
}
