using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Court.Benchmarks.Bridge;
using Court.Host.Litigation.Filings;
using Court.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Benchmarks.Filing;

/// <summary>
/// Issue 5, "Performance": 200 concurrent submissions, and the 200 acceptances that take their case numbers, on SQLite or
/// PostgreSQL. Prepares the drafts through the API, fires every submission at once, pays each fee as the sandbox bank does,
/// fires every acceptance at once, then checks the register: one case per accepted filing, the court's 民初 numbers of the
/// year 1..N with no gap or repeat, and no request that failed (deadlock, database busy, 500, timeout).
/// </summary>
internal static class FilingConcurrency
{
    public const string Command = "filing-concurrency";

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var count = args.Int("filings", 200);
        var warmup = args.Int("warmup", 5);
        var parallelism = args.Int("prepare-parallelism", 8);
        BenchReport.Machine();
        await using var host = FilingHost.Start(args.String("provider") ?? "Sqlite", args.String("data-dir"));
        Console.WriteLine($"host: {host.Address} on {host.Provider}; {count} filings (+{warmup} warm-up, submitted and accepted one by one first)");
        using var litigant = await host.ClientForAsync("litigant");
        using var clerk = await host.ClientForAsync("clerk");

        for (var i = 0; i < warmup; i++)
        {
            var id = await FilingDrafts.DraftAsync(litigant, 10_000 + i);
            await EnsureAsync(litigant, FilingDrafts.Submission(id));
            await host.PayAsync(id);
            await EnsureAsync(clerk, FilingDrafts.Acceptance(id));
        }

        var prepare = Stopwatch.StartNew();
        var filings = new Guid[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            async (i, _) => filings[i] = await FilingDrafts.DraftAsync(litigant, i));
        Console.WriteLine($"prepared {count} drafts in {prepare.Elapsed.TotalSeconds:F1} s ({parallelism} at a time)");

        var submitted = await FireAsync("submissions", filings, id => litigant.SendAsync(FilingDrafts.Submission(id)));
        var paid = Stopwatch.StartNew();
        await Parallel.ForEachAsync(filings.Where((_, i) => submitted[i].Ok), new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            async (id, _) => await host.PayAsync(id));
        Console.WriteLine($"paid {submitted.Count(r => r.Ok)} fees in {paid.Elapsed.TotalSeconds:F1} s");
        var accepted = await FireAsync("acceptances", filings, id => clerk.SendAsync(FilingDrafts.Acceptance(id)));

        var failures = submitted.Concat(accepted).Count(r => !r.Ok);
        var problems = await CheckRegisterAsync(host, filings, accepted);
        foreach (var problem in problems) Console.WriteLine($"REGISTER: {problem}");
        Console.WriteLine(failures == 0 && problems.Count == 0
            ? $"OK: {count} submissions and {count} acceptances answered 200; one case each; numbers gap-free and unique"
            : $"FAILED: {failures} requests failed, {problems.Count} register problems");
        Console.WriteLine($"load average after: {BenchReport.LoadAverage()}");
        return failures == 0 && problems.Count == 0 ? 0 : 1;
    }

    internal sealed record Answer(int Status, double Ms, string? Body, string? Error)
    {
        public bool Ok => Status == 200;
    }

    /// <summary>Starts every request at once (a gate releases them together) and waits for all.</summary>
    internal static async Task<Answer[]> FireAsync(string what, IReadOnlyList<Guid> filings, Func<Guid, Task<HttpResponseMessage>> send)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var load = BenchReport.LoadAverage();
        var tasks = filings.Select(async id =>
        {
            await gate.Task;
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await send(id);
                var body = await response.Content.ReadAsStringAsync();
                return new Answer((int)response.StatusCode, watch.Elapsed.TotalMilliseconds, body, null);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return new Answer(0, watch.Elapsed.TotalMilliseconds, null, e.GetType().Name + ": " + e.Message);
            }
        }).ToArray();
        var wall = Stopwatch.StartNew();
        gate.SetResult();
        var answers = await Task.WhenAll(tasks);
        wall.Stop();

        var latencies = BenchReport.Latencies.Of(answers.Select(a => a.Ms));
        Console.WriteLine($"{what}: {answers.Length} at once in {wall.Elapsed.TotalSeconds:F2} s = " +
            $"{(answers.Length / wall.Elapsed.TotalSeconds).ToString("F1", CultureInfo.InvariantCulture)}/s; {latencies}; load average before {load}");
        foreach (var group in answers.GroupBy(a => a.Status).OrderBy(g => g.Key))
            Console.WriteLine($"  {(group.Key == 0 ? "no answer" : "HTTP " + group.Key)}: {group.Count()}");
        foreach (var failed in answers.Where(a => !a.Ok).Take(5))
            Console.WriteLine($"  e.g. {failed.Status} after {BenchReport.Ms(failed.Ms)}: {Shorten(failed.Error ?? failed.Body)}");
        var deadlocks = answers.Count(a => (a.Body ?? a.Error ?? "").Contains("deadlock", StringComparison.OrdinalIgnoreCase)
            || (a.Body ?? a.Error ?? "").Contains("database is locked", StringComparison.OrdinalIgnoreCase));
        if (deadlocks > 0) Console.WriteLine($"  deadlocks / database locked: {deadlocks}");
        return answers;
    }

    private static async Task<List<string>> CheckRegisterAsync(FilingHost host, Guid[] filings, Answer[] accepted)
    {
        var problems = new List<string>();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        var stored = await db.OnlineFilings.AsNoTracking().Where(f => filings.Contains(f.Id))
            .Select(f => new { f.Id, f.Status, f.CaseId, f.CaseNumber }).ToDictionaryAsync(f => f.Id);
        var year = 0;
        for (var i = 0; i < filings.Length; i++)
        {
            var filing = stored[filings[i]];
            if (!accepted[i].Ok) continue;
            var answered = JsonDocument.Parse(accepted[i].Body!).RootElement.GetProperty("caseNumber").GetString();
            var cases = await db.Cases.AsNoTracking().Where(c => c.Id == filing.CaseId).ToListAsync();
            if (filing.Status != FilingStatus.Accepted || cases.Count != 1 || cases[0].Number != answered || filing.CaseNumber != answered)
                problems.Add($"filing {filing.Id}: status {filing.Status}, {cases.Count} cases, answered {answered}, stored {filing.CaseNumber}");
            else year = cases[0].Year;
        }
        var caseIds = stored.Values.Where(f => f.CaseId is not null).Select(f => f.CaseId).ToList();
        if (caseIds.Distinct().Count() != caseIds.Count) problems.Add("two filings share a case");

        var sequences = await db.Cases.AsNoTracking()
            .Where(c => c.CourtCode == FilingDrafts.CourtCode && c.TypeCode == "民初" && c.Year == year)
            .Select(c => c.Sequence).ToListAsync();
        sequences.Sort();
        var expected = Enumerable.Range(1, sequences.Count);
        if (!sequences.SequenceEqual(expected))
        {
            var missing = expected.Except(sequences).Take(10);
            var repeated = sequences.GroupBy(s => s).Where(g => g.Count() > 1).Select(g => g.Key).Take(10);
            problems.Add($"numbers of {FilingDrafts.CourtCode} 民初 {year} are not 1..{sequences.Count}: missing [{string.Join(",", missing)}], repeated [{string.Join(",", repeated)}]");
        }
        Console.WriteLine($"register: {caseIds.Count} of {filings.Length} filings accepted; {FilingDrafts.CourtCode} 民初 {year}: " +
            $"{sequences.Count} cases numbered {(sequences.Count == 0 ? "-" : $"{sequences[0]}..{sequences[^1]}")} (demo and warm-up cases included)");
        return problems;
    }

    private static async Task EnsureAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        using (var response = await client.SendAsync(request))
        {
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 300 ? text : text[..300] + "…";
}
