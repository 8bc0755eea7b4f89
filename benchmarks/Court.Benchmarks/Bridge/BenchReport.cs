using System.Globalization;
using System.Runtime;

namespace Court.Benchmarks.Bridge;

/// <summary>What the reports print: the machine, latency percentiles, sizes.</summary>
internal static class BenchReport
{
    public static void Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var ram = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]
            : null;
        Console.WriteLine($"machine: {Environment.ProcessorCount} processors, {cpu ?? "?"}, " +
            $"{(ram is null ? "?" : (long.Parse(ram, CultureInfo.InvariantCulture) / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture))} GiB RAM, " +
            $".NET {Environment.Version}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, load average {LoadAverage()}");
        if (!GCSettings.IsServerGC)
            Console.WriteLine("note: the court host runs with server GC (the Web SDK's default); set DOTNET_gcServer=1 to match it");
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    public static string Ms(double ms) => ms.ToString(ms < 10 ? "F3" : "F1", CultureInfo.InvariantCulture) + " ms";

    public static string MiB(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " MiB";

    /// <summary>p50, p95, p99, mean and max of latencies in milliseconds.</summary>
    public sealed record Latencies(double P50, double P95, double P99, double Mean, double Max)
    {
        public static Latencies Of(IEnumerable<double> ms)
        {
            var sorted = ms.Order().ToArray();
            return new(Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted.Average(), sorted[^1]);
        }

        public override string ToString() => $"p50 {Ms(P50)}, p95 {Ms(P95)}, p99 {Ms(P99)}, mean {Ms(Mean)}, max {Ms(Max)}";
    }
}
