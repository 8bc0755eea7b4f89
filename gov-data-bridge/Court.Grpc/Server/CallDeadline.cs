namespace Court.Grpc;

/// <summary>The deadline a client sent in <c>grpc-timeout</c>: when it passes, the call's token is cancelled.</summary>
internal sealed class CallDeadline : IDisposable
{
    // Timers take at most uint.MaxValue - 1 milliseconds; a longer timeout is as good as none.
    private static readonly TimeSpan LongestTimer = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    private readonly TaskCompletionSource _expired = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _cancellation;
    private readonly ITimer? _timer;

    private CallDeadline(TimeSpan timeout, TimeProvider time, CancellationTokenSource cancellation)
    {
        _cancellation = cancellation;
        Deadline = time.GetUtcNow().UtcDateTime + timeout;
        if (timeout <= TimeSpan.Zero)
        {
            Expire();
        }
        else
        {
            _timer = time.CreateTimer(static state => ((CallDeadline)state!).Expire(), this, timeout, Timeout.InfiniteTimeSpan);
        }
    }

    public DateTime Deadline { get; }

    public bool IsExpired => _expired.Task.IsCompleted;

    public Task Expired => _expired.Task;

    public static CallDeadline? TryCreate(TimeSpan timeout, TimeProvider time, CancellationTokenSource cancellation) =>
        timeout < LongestTimer ? new CallDeadline(timeout, time, cancellation) : null;

    public void Dispose() => _timer?.Dispose();

    private void Expire()
    {
        _expired.TrySetResult();
        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The call finished while the timer fired.
        }
    }
}
