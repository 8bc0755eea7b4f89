namespace Court.GovDataBridge.Platform;

/// <summary>
/// Spaces calls evenly at <c>perSecond</c>, letting a late sender catch up by at most a few calls, so no one-second
/// window sees more than <c>perSecond</c> + <see cref="CatchUp"/> departures. Even spacing matters more than the count:
/// a burst that leaves at once arrives spread out and spills into the platform's next second.
/// </summary>
internal sealed class CallPacer(int perSecond, TimeProvider clock) : IDisposable
{
    public const int CatchUp = 4;

    private readonly TimeSpan _interval = TimeSpan.FromSeconds(1.0 / Math.Max(1, perSecond));
    private readonly SemaphoreSlim _turn = new(1, 1);
    private TimeSpan _nextSlot = TimeSpan.MinValue;

    public async Task WaitAsync(CancellationToken ct)
    {
        await _turn.WaitAsync(ct);
        try
        {
            var now = Now();
            var earliest = now - _interval * CatchUp;
            var slot = _nextSlot > earliest ? _nextSlot : earliest;
            if (slot > now) await Task.Delay(slot - now, clock, ct);
            _nextSlot = slot + _interval;
        }
        finally
        {
            _turn.Release();
        }
    }

    public void Dispose() => _turn.Dispose();

    private TimeSpan Now() => TimeSpan.FromSeconds((double)clock.GetTimestamp() / clock.TimestampFrequency);
}
