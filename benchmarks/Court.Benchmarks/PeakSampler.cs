using System.Diagnostics;

namespace Court.Benchmarks;

/// <summary>
/// The process's largest working set seen while it runs, sampled every <c>interval</c> (the OS peak counter cannot be reset
/// between runs in one process).
/// </summary>
internal sealed class PeakSampler : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<long> _sampling;

    public PeakSampler(TimeSpan interval) => _sampling = Task.Run(async () =>
    {
        long peak = 0;
        using var process = Process.GetCurrentProcess();
        while (!_stop.IsCancellationRequested)
        {
            process.Refresh();
            peak = Math.Max(peak, process.WorkingSet64);
            try { await Task.Delay(interval, _stop.Token); } catch (OperationCanceledException) { }
        }
        return peak;
    });

    public long Stop()
    {
        _stop.Cancel();
        return _sampling.GetAwaiter().GetResult();
    }

    public void Dispose() => _stop.Dispose();
}
