namespace Court.GovDataBridge.Platform;

/// <summary>
/// Counts consecutive platform failures; after <c>threshold</c> of them the circuit opens and calls fail fast for
/// <c>openFor</c>, then one trial call is let through: success closes it, failure opens it again.
/// </summary>
internal sealed class CircuitBreaker(int threshold, TimeSpan openFor, TimeProvider clock)
{
    private readonly Lock _lock = new();
    private int _failures;
    private DateTimeOffset? _openUntil;
    private bool _trialInFlight;

    public bool IsOpen
    {
        get
        {
            lock (_lock) return _openUntil is { } until && clock.GetUtcNow() < until;
        }
    }

    /// <summary>Whether a call may go out now.</summary>
    public bool TryEnter()
    {
        lock (_lock)
        {
            if (_openUntil is not { } until) return true;
            if (clock.GetUtcNow() < until || _trialInFlight) return false;
            _trialInFlight = true;
            return true;
        }
    }

    public void Succeeded()
    {
        lock (_lock)
        {
            _failures = 0;
            _openUntil = null;
            _trialInFlight = false;
        }
    }

    public void Failed()
    {
        lock (_lock)
        {
            _trialInFlight = false;
            if (++_failures >= threshold || _openUntil is not null) _openUntil = clock.GetUtcNow() + openFor;
        }
    }
}
