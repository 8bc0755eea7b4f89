namespace Court.GovDataBridge.Tests.Sandbox;

/// <summary>
/// The real clock plus an offset a test moves forward, for dates and for elapsed-time stamps (a sliding window reads those);
/// timers and delays still run in real time.
/// </summary>
internal sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override long GetTimestamp() =>
        base.GetTimestamp() + Interlocked.Read(ref _offsetTicks) * TimestampFrequency / TimeSpan.TicksPerSecond;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
