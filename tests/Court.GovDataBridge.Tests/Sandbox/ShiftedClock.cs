namespace Court.GovDataBridge.Tests.Sandbox;

/// <summary>The real clock plus an offset a test moves forward; timers and delays still run in real time.</summary>
internal sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
