namespace Court.Host.Tests.Infrastructure;

/// <summary>The real clock plus an offset a test moves forward; timers and delays still run in real time.</summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public ShiftedClock()
    {
    }

    /// <summary>A clock whose "now" starts at <paramref name="startAt"/> whatever today is, so a test's dates never depend on the real date.</summary>
    public ShiftedClock(DateTimeOffset startAt) => _offsetTicks = (startAt - System.GetUtcNow()).Ticks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
