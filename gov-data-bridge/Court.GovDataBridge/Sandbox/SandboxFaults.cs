namespace Court.GovDataBridge.Sandbox;

/// <summary>
/// Faults the sandbox platform injects, bound from <c>Court:Platform:Faults</c> and changeable while it runs (tests do).
/// Each rate is a fraction of calls, drawn from one seeded <see cref="Random"/> so a run can be repeated.
/// </summary>
internal sealed class SandboxFaults
{
    public const string Section = "Court:Platform:Faults";

    private const int DefaultSeed = 20261122;

    private readonly Lock _lock = new();
    private Random _random = new(DefaultSeed);
    private int _seed = DefaultSeed;
    private double _errorRate;
    private double _timeoutRate;
    private double _lostReplyRate;
    private DateTimeOffset? _downUntil;

    /// <summary>Calls answered UNAVAILABLE at once.</summary>
    public double ErrorRate
    {
        get { lock (_lock) return _errorRate; }
        set { var rate = Checked(value); lock (_lock) _errorRate = rate; }
    }

    /// <summary>Calls that hang until the caller's deadline or cancellation.</summary>
    public double TimeoutRate
    {
        get { lock (_lock) return _timeoutRate; }
        set { var rate = Checked(value); lock (_lock) _timeoutRate = rate; }
    }

    /// <summary>SubmitAction calls whose action is applied but whose reply never arrives.</summary>
    public double LostReplyRate
    {
        get { lock (_lock) return _lostReplyRate; }
        set { var rate = Checked(value); lock (_lock) _lostReplyRate = rate; }
    }

    /// <summary>A maintenance window: every call is UNAVAILABLE until then.</summary>
    public DateTimeOffset? DownUntil
    {
        get { lock (_lock) return _downUntil; }
        set { lock (_lock) _downUntil = value; }
    }

    /// <summary>Setting it restarts the random sequence.</summary>
    public int Seed
    {
        get { lock (_lock) return _seed; }
        set { lock (_lock) { _seed = value; _random = new Random(value); } }
    }

    public bool IsDown(DateTimeOffset now) => DownUntil is { } until && now < until;

    public bool NextCallFails() => Draw(ErrorRate);

    public bool NextCallHangs() => Draw(TimeoutRate);

    public bool NextReplyIsLost() => Draw(LostReplyRate);

    /// <summary>No faults, and the random sequence from its start.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _errorRate = _timeoutRate = _lostReplyRate = 0;
            _downUntil = null;
            _random = new Random(_seed);
        }
    }

    private bool Draw(double rate)
    {
        if (rate <= 0) return false;
        lock (_lock) return _random.NextDouble() < rate;
    }

    private static double Checked(double rate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rate);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rate, 1);
        return rate;
    }
}
