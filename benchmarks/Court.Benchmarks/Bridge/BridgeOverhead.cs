using System.Diagnostics;
using Court.GovData.Bridge.V1;
using Court.GovDataBridge.Bridge;
using Court.GovDataBridge.Platform;
using Court.GovDataBridge.Sandbox;
using Court.GovDataBridge.Hosting;
using Grpc.Core;
using Court.Kernel.Audit;
using Court.Kernel.GovData;
using GovData.Platform.V1;
using Grpc.Health.V1;
using Microsoft.Extensions.DependencyInjection;
using static Court.Benchmarks.Bridge.BenchReport;

namespace Court.Benchmarks.Bridge;

/// <summary>
/// What the bridge adds to one query (issue 3, goal ≤ 1 ms at p50): N QueryAssets calls through the bridge, as the
/// modules make them (<see cref="IGovDataBridgeClient"/> with a grant), against N GetAssets calls straight to the
/// sandbox platform with the platform key, on the same subjects, interleaved (the order alternating) and paced below
/// both rate limits (the platform's 500 calls/s, the bridge's own 480/s) so that no call waits for a token.
/// Then the parts of the difference one by one: grant check, snapshot insert, audit insert, and one more gRPC hop.
/// </summary>
internal static class BridgeOverhead
{
    public const string Command = "bridge-overhead";


    public static async Task<int> RunAsync(BenchArgs args)
    {
        var n = args.Int("n", 2000);
        var warmup = args.Int("warmup", 300);
        var components = args.Int("components", 1000);
        var interval = TimeSpan.FromMilliseconds(args.Int("interval-ms", 4));

        Machine();
        await using var host = new BenchHost(args.String("data-dir"));
        var (bridgeAddress, platformAddress, platformKey) = await host.StartAsync();
        var (grant, token) = await host.GrantAsync(GovDataCategory.Assets);
        var services = host.Services;
        var bridge = services.GetRequiredService<IGovDataBridgeClient>();
        var sandbox = services.GetRequiredService<SandboxPlatform>();
        var channels = new GrpcChannels();
        using var platformChannel = channels.Open(platformAddress, GrpcChannels.PlatformLink);
        var platform = new PlatformClients(platformChannel.CreateCallInvoker());
        var platformHeaders = new Metadata { { "authorization", "Bearer " + platformKey } };

        // Subjects that hold something, so that every reply carries assets.
        var holders = services.GetRequiredService<PlatformRegistryData>().Holdings.Where(h => h.Assets.Count > 0).Select(h => h.Subject).ToList();
        SubjectRef SubjectAt(int i) => holders[i % holders.Count];
        Console.WriteLine($"bridge {bridgeAddress}, sandbox platform {platformAddress}; {holders.Count} subjects with assets; " +
            $"N = {n} each way after {warmup} warm-up pairs, one call every {interval.TotalMilliseconds} ms");

        var mismatches = 0;
        QueryAssetsReply? lastReply = null;
        async Task<double> ViaBridgeAsync(int i, int expectedAssets)
        {
            var start = Stopwatch.GetTimestamp();
            var reply = await bridge.QueryAssetsAsync(token, new QueryAssetsRequest { Context = grant.ContextFor($"bench-{i}"), Subject = SubjectAt(i) });
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (expectedAssets >= 0 && reply.Holdings.Assets.Count != expectedAssets) mismatches++;
            lastReply = reply;
            return elapsed;
        }

        async Task<(double Ms, int Assets)> DirectAsync(int i)
        {
            var start = Stopwatch.GetTimestamp();
            // With a deadline, as the bridge's own platform calls carry one (Court:Bridge:CallDeadlineMilliseconds).
            var reply = await platform.Assets.GetAssetsAsync(new GetAssetsRequest { Subject = SubjectAt(i) },
                new CallOptions(platformHeaders, DateTime.UtcNow.AddMilliseconds(3000)));
            return (Stopwatch.GetElapsedTime(start).TotalMilliseconds, reply.Assets.Count);
        }

        var pace = new Pacer(interval);
        for (var i = 0; i < warmup; i++)
        {
            await pace.WaitAsync();
            var direct = await DirectAsync(i);
            await pace.WaitAsync();
            await ViaBridgeAsync(i, direct.Assets);
        }

        var refusedBefore = sandbox.RefusedCalls;
        var viaBridge = new double[n];
        var directly = new double[n];
        var started = Stopwatch.GetTimestamp();
        var loadBefore = LoadAverage();
        for (var i = 0; i < n; i++)
        {
            if (i % 2 == 0)
            {
                await pace.WaitAsync();
                (directly[i], var assets) = await DirectAsync(i);
                await pace.WaitAsync();
                viaBridge[i] = await ViaBridgeAsync(i, assets);
            }
            else
            {
                await pace.WaitAsync();
                viaBridge[i] = await ViaBridgeAsync(i, -1);
                await pace.WaitAsync();
                directly[i] = (await DirectAsync(i)).Ms;
            }
        }
        var took = Stopwatch.GetElapsedTime(started);

        var b = Latencies.Of(viaBridge);
        var d = Latencies.Of(directly);
        Console.WriteLine();
        Console.WriteLine($"measured in {took.TotalSeconds:F1} s, load average {loadBefore} → {LoadAverage()}; " +
            $"platform refusals (RESOURCE_EXHAUSTED) during the run: {sandbox.RefusedCalls - refusedBefore}; reply mismatches: {mismatches}");
        Console.WriteLine($"  via the bridge (QueryAssets):       {b}");
        Console.WriteLine($"  straight to the sandbox (GetAssets): {d}");
        Console.WriteLine($"  bridge overhead at p50: {Ms(b.P50 - d.P50)} (goal ≤ 1 ms); at p95: {Ms(b.P95 - d.P95)}; at p99: {Ms(b.P99 - d.P99)}");

        // The parts of the overhead, each on its own, paced the same way.
        Console.WriteLine();
        Console.WriteLine($"parts of the overhead, {components} times each:");
        var key = services.GetRequiredService<GovDataGrantKey>();
        var cached = services.GetRequiredService<VerifiedGrants>();
        var verify = new double[components];
        var verifyCached = new double[components];
        for (var i = 0; i < components; i++)
        {
            await pace.WaitAsync();
            var start = Stopwatch.GetTimestamp();
            if (GovDataGrantCodec.Verify(token, key.PublicKey, DateTime.UtcNow, out _) != GrantProblem.None)
                throw new InvalidOperationException("The grant did not verify.");
            verify[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            start = Stopwatch.GetTimestamp();
            if (cached.Verify(token, out _) != GrantProblem.None) throw new InvalidOperationException("The grant did not verify.");
            verifyCached[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Console.WriteLine($"  grant check (ECDSA P-256 signature):        {Latencies.Of(verify)}");
        Console.WriteLine($"  grant check (verified grant, cached):       {Latencies.Of(verifyCached)}");

        var writer = services.GetRequiredService<SnapshotWriter>();
        var audit = services.GetRequiredService<IAuditLog>();
        var actor = new AuditActor(grant.UserId, grant.UserName, grant.Role, "ipv4:127.0.0.1:1");
        var subject = SubjectInput.Require(SubjectAt(0));
        var snapshot = new double[components];
        for (var i = 0; i < components; i++)
        {
            await pace.WaitAsync();
            var start = Stopwatch.GetTimestamp();
            var stored = writer.Build(grant, "assets", subject, lastReply!, fromCache: false, $"bench-snapshot-{i}");
            await writer.SaveAuditedAsync([stored], [BridgeAudit.Record(grant, BridgeAudit.QueryAssets, subject.Identifier, stored.Sha256)], actor);
            snapshot[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Console.WriteLine($"  snapshot + audit entry (one transaction):   {Latencies.Of(snapshot)}");

        var audited = new double[components];
        for (var i = 0; i < components; i++)
        {
            await pace.WaitAsync();
            var start = Stopwatch.GetTimestamp();
            await audit.WriteAsync(BridgeAudit.Record(grant, BridgeAudit.QueryAssets, subject.Identifier, "bench"), actor);
            audited[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Console.WriteLine($"  audit insert (SQLite, own transaction):     {Latencies.Of(audited)}");

        using var bridgeChannel = channels.Open(bridgeAddress, GrpcChannels.BridgeLink);
        var bridgeHealth = new Health.HealthClient(bridgeChannel.CreateCallInvoker());
        var hop = new double[components];
        for (var i = 0; i < components; i++)
        {
            await pace.WaitAsync();
            var start = Stopwatch.GetTimestamp();
            // The bridge's health runs its checks (database, platform health) on every call: a hop plus two small calls.
            await bridgeHealth.CheckAsync(new HealthCheckRequest(), new CallOptions(null, DateTime.UtcNow.AddSeconds(14)));
            hop[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Console.WriteLine($"  one more gRPC hop (health Check on the bridge): {Latencies.Of(hop)}");
        var sum = Latencies.Of(verifyCached).P50 + Latencies.Of(snapshot).P50 + Latencies.Of(hop).P50;
        Console.WriteLine($"  sum of the parts' p50 (cached grant, one transaction, hop): {Ms(sum)}");
        return 0;
    }

    /// <summary>Starts calls no closer together than the interval.</summary>
    private sealed class Pacer(TimeSpan interval)
    {
        private long _next = Stopwatch.GetTimestamp();

        public async Task WaitAsync()
        {
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), _next);
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            _next = Math.Max(Stopwatch.GetTimestamp(), _next) + (long)(interval.TotalSeconds * Stopwatch.Frequency);
        }
    }
}
