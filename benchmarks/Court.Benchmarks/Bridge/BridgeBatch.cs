using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Court.GovData.Bridge.V1;
using Court.GovDataBridge.Persistence;
using Court.GovDataBridge.Sandbox;
using Court.Kernel.GovData;
using GovData.Platform.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Court.Benchmarks.Bridge.BenchReport;

namespace Court.Benchmarks.Bridge;

/// <summary>
/// One-click asset query over many respondents (issue 3, goal: ≥ 90% of the platform's 500 calls/s with no
/// RESOURCE_EXHAUSTED): one BatchQueryAssets call through the bridge, as a module makes it, over that many distinct
/// registry subjects, against the sandbox at its default limit; with the process's memory sampled throughout.
/// </summary>
internal static class BridgeBatch
{
    public const string Command = "bridge-batch";

    private const int DefaultRegistrySize = 6_000; // what the host generates: 5,000 persons and 1,000 legal persons

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var count = args.Int("subjects", 10_000);
        var warmupCount = args.Int("warmup", 200);
        Machine();

        // The host's registry holds 6,000 subjects; for a larger batch the same generator, with the same seed, makes a
        // larger one (the extra subjects are persons, as the default's mix is mostly persons).
        Action<IServiceCollection>? registry = count <= DefaultRegistrySize ? null : services =>
            services.AddSingleton(_ => Court.Seeds.Sandbox.SandboxRegistry.Generate(naturalPersons: count - 1_500, legalPersons: 1_500));
        await using var host = new BenchHost(args.String("data-dir"), registry);
        if (args.String("bridge-rate") is { } rate) host.ExtraSettings["Court:Bridge:PlatformCallsPerSecond"] = rate;
        var (bridgeAddress, platformAddress, _) = await host.StartAsync();
        var (grant, token) = await host.GrantAsync(GovDataCategory.Assets);
        var services = host.Services;
        var bridge = services.GetRequiredService<IGovDataBridgeClient>();
        var sandbox = services.GetRequiredService<SandboxPlatform>();
        var data = services.GetRequiredService<PlatformRegistryData>();

        var subjects = data.NaturalPersons.Select(p => new SubjectRef { ResidentIdNumber = p.ResidentIdNumber })
            .Concat(data.LegalPersons.Select(l => new SubjectRef { CreditCode = l.CreditCode }))
            .ToArray();
        new Random(20261122).Shuffle(subjects);
        if (subjects.Length < count) throw new InvalidOperationException($"The registry holds only {subjects.Length} subjects.");
        subjects = subjects[..count];
        var bridgeRate = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Court.GovDataBridge.BridgeOptions>>().Value.PlatformCallsPerSecond;
        Console.WriteLine($"bridge {bridgeAddress} (Court:Bridge:PlatformCallsPerSecond {bridgeRate}), sandbox platform {platformAddress} (limit 500 calls/s); registry of " +
            $"{data.NaturalPersons.Count} persons and {data.LegalPersons.Count} legal persons; batch of {count} distinct subjects " +
            $"({subjects.Count(s => s.IdCase == SubjectRef.IdOneofCase.CreditCode)} legal persons)");

        using var platformCalls = new PlatformCallCounter(platformAddress.Port);

        // Warm-up: a small batch, then a quiet second so that the platform's one-second window is empty again.
        await foreach (var _ in bridge.BatchQueryAssetsAsync(token, Request(grant, subjects[..warmupCount], "bench-batch-warmup")))
        {
        }
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        await Task.Delay(1500);

        var snapshotsBefore = await SnapshotCountAsync(services);
        var refusedBefore = sandbox.RefusedCalls;
        var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var pausedBefore = GC.GetTotalPauseDuration();
        using var memory = new MemorySampler();
        var baseline = memory.Sample();
        platformCalls.Reset();
        var loadBefore = LoadAverage();

        var errors = new SortedDictionary<int, int>();
        var succeeded = 0;
        var assets = 0L;
        double? firstItem = null;
        var started = Stopwatch.GetTimestamp();
        await foreach (var item in bridge.BatchQueryAssetsAsync(token, Request(grant, subjects, "bench-batch")))
        {
            firstItem ??= Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (item.OutcomeCase == BatchQueryAssetsItem.OutcomeOneofCase.Error)
            {
                errors[item.Error.Code] = errors.GetValueOrDefault(item.Error.Code) + 1;
            }
            else
            {
                succeeded++;
                assets += item.Reply.Holdings.Assets.Count;
            }
        }
        var duration = Stopwatch.GetElapsedTime(started);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var paused = GC.GetTotalPauseDuration() - pausedBefore;
        var peak = memory.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var calls = platformCalls.Timestamps();
        var refused = sandbox.RefusedCalls - refusedBefore;
        var snapshots = await SnapshotCountAsync(services) - snapshotsBefore;

        var items = succeeded + errors.Values.Sum();
        Console.WriteLine();
        Console.WriteLine($"batch of {count}: {items} items in {duration.TotalSeconds:F2} s (first after {Ms(firstItem ?? double.NaN)}), " +
            $"load average {loadBefore} → {LoadAverage()}");
        Console.WriteLine($"  achieved: {count / duration.TotalSeconds:F1} subjects/s = {count / duration.TotalSeconds / 500:P1} of the platform's 500 calls/s (goal ≥ 90%)");
        Console.WriteLine($"  platform calls seen by the bridge's HTTP client: {calls.Length} ({calls.Length / duration.TotalSeconds:F1}/s), " +
            $"most in any one second: {MostInAnySecond(calls)}");
        Console.WriteLine($"  sandbox refusals (RESOURCE_EXHAUSTED): {refused}");
        Console.WriteLine($"  items answered: {succeeded} ({assets} assets); items with errors: " +
            (errors.Count == 0 ? "none" : string.Join(", ", errors.Select(e => $"{(global::Grpc.Core.StatusCode)e.Key} ({e.Key}) × {e.Value}"))));
        Console.WriteLine($"  snapshots stored: {snapshots}; CPU time of the process: {cpu.TotalSeconds:F1} s " +
            $"= {cpu / duration / Environment.ProcessorCount:P0} of {Environment.ProcessorCount} cores ({cpu.TotalMilliseconds / count:F2} ms per subject)");
        Console.WriteLine($"memory of the process (court host with bridge and sandbox, and this client), sampled every {MemorySampler.Every.TotalMilliseconds} ms:");
        Console.WriteLine($"  working set: {MiB(baseline.WorkingSet)} before, peak {MiB(peak.WorkingSet)} during (+{MiB(peak.WorkingSet - baseline.WorkingSet)}); " +
            $"process peak since start (VmHWM) {MiB(Process.GetCurrentProcess().PeakWorkingSet64)}");
        Console.WriteLine($"  GC heap in use (GC.GetTotalMemory): {MiB(baseline.TotalMemory)} before, peak {MiB(peak.TotalMemory)} during");
        Console.WriteLine($"  GC heap size / committed after the last GC (GetGCMemoryInfo): {MiB(baseline.HeapSize)} / {MiB(baseline.Committed)} before, " +
            $"peak {MiB(peak.HeapSize)} / {MiB(peak.Committed)} during");
        Console.WriteLine($"  allocated during the batch: {MiB(allocated)} ({allocated / Math.Max(1, count) / 1024.0:F1} KiB per subject); " +
            $"collections gen0/1/2: {GC.CollectionCount(0) - collections.Item1}/{GC.CollectionCount(1) - collections.Item2}/{GC.CollectionCount(2) - collections.Item3}, " +
            $"paused {paused.TotalMilliseconds:F0} ms in all, longest pause seen {peak.LongestPause.TotalMilliseconds:F1} ms");
        return refused == 0 && errors.Count == 0 ? 0 : 1;
    }

    private static BatchQueryAssetsRequest Request(GovDataGrant grant, IEnumerable<SubjectRef> subjects, string requestId) =>
        new() { Context = grant.ContextFor(requestId), Subjects = { subjects } };

    private static async Task<int> SnapshotCountAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BridgeDb>().Snapshots.CountAsync();
    }

    private static int MostInAnySecond(long[] sorted)
    {
        var most = 0;
        for (int first = 0, last = 0; last < sorted.Length; last++)
        {
            while (sorted[last] - sorted[first] >= Stopwatch.Frequency) first++;
            most = Math.Max(most, last - first + 1);
        }
        return most;
    }

    /// <summary>
    /// When each call to the platform ended, from the runtime's own HTTP client metrics (<c>System.Net.Http</c>,
    /// <c>http.client.request.duration</c>) for requests to the platform's port: only the bridge calls it here.
    /// </summary>
    private sealed class PlatformCallCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private ConcurrentQueue<long> _ended = new();

        public PlatformCallCounter(int port)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument is { Meter.Name: "System.Net.Http", Name: "http.client.request.duration" }) listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<double>((_, _, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "server.port" && tag.Value is int p && p == port)
                    {
                        _ended.Enqueue(Stopwatch.GetTimestamp());
                        return;
                    }
                }
            });
            _listener.Start();
        }

        public void Reset() => _ended = new ConcurrentQueue<long>();

        public long[] Timestamps() => _ended.Order().ToArray();

        public void Dispose() => _listener.Dispose();
    }

    private readonly record struct MemorySample(long WorkingSet, long TotalMemory, long HeapSize, long Committed, TimeSpan LongestPause)
    {
        public static MemorySample Max(MemorySample a, MemorySample b) => new(
            Math.Max(a.WorkingSet, b.WorkingSet), Math.Max(a.TotalMemory, b.TotalMemory), Math.Max(a.HeapSize, b.HeapSize),
            Math.Max(a.Committed, b.Committed), a.LongestPause > b.LongestPause ? a.LongestPause : b.LongestPause);
    }

    /// <summary>Samples the process's memory on a background task until stopped; keeps the peak of each figure.</summary>
    private sealed class MemorySampler : IDisposable
    {
        public static readonly TimeSpan Every = TimeSpan.FromMilliseconds(50);
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _sampling;
        private readonly long _firstCollection = GC.GetGCMemoryInfo().Index + 1;
        private MemorySample _peak;

        public MemorySampler()
        {
            _peak = Sample();
            _sampling = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    _peak = MemorySample.Max(_peak, Sample());
                    try { await Task.Delay(Every, _stop.Token); } catch (OperationCanceledException) { }
                }
            });
        }

        public MemorySample Sample()
        {
            var info = GC.GetGCMemoryInfo();
            // The pause of the last collection, if it happened while sampling (an 'every 50 ms' look may miss some).
            var pause = info.Index >= _firstCollection && info.PauseDurations.Length > 0 ? info.PauseDurations[0] : TimeSpan.Zero;
            return new MemorySample(Environment.WorkingSet, GC.GetTotalMemory(forceFullCollection: false), info.HeapSizeBytes, info.TotalCommittedBytes, pause);
        }

        public MemorySample Stop()
        {
            _stop.Cancel();
            _sampling.GetAwaiter().GetResult();
            return MemorySample.Max(_peak, Sample());
        }

        public void Dispose()
        {
            if (!_stop.IsCancellationRequested) Stop();
            _stop.Dispose();
        }
    }
}
