namespace Court.Host.Jobs;

/// <summary>
/// Wakes idle workers in this process when a job is enqueued, so they need not wait for the next poll; and counts the claim passes
/// the workers completed, so a caller can know that a worker has looked for due jobs since a given moment.
/// </summary>
internal sealed class JobSignal : IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);
    private long _claimPasses;

    public long ClaimPasses => Interlocked.Read(ref _claimPasses);

    public void ClaimPassed() => Interlocked.Increment(ref _claimPasses);

    public void Wake()
    {
        // Enough releases for every idle worker; extra ones only cause a harmless empty claim.
        if (_wake.CurrentCount < 8) _wake.Release();
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _wake.WaitAsync(timeout, ct);

    public void Dispose() => _wake.Dispose();
}
