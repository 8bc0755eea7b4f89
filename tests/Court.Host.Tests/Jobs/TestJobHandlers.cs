using System.Collections.Concurrent;
using Court.Kernel.Jobs;

namespace Court.Host.Tests.Jobs;

public sealed record TestPayload(string Tag);

/// <summary>What the test handlers did, so a test can see each side effect.</summary>
public sealed class TestJobLedger
{
    public ConcurrentQueue<(Guid JobId, int Attempt, string Tag)> Runs { get; } = new();

    /// <summary>Tags whose <see cref="FlakyHandler"/> jobs fail until the test lets them succeed.</summary>
    public ConcurrentDictionary<string, bool> Failing { get; } = new();

    /// <summary>Tags whose <see cref="ProgressHandler"/> jobs wait here after reporting 40 %.</summary>
    public ConcurrentDictionary<string, TaskCompletionSource> Gates { get; } = new();

    public int RunsOf(string tag) => Runs.Count(r => r.Tag == tag);
}

internal sealed class RecordingHandler(TestJobLedger ledger) : IJobHandler
{
    public const string JobKind = "test.record";
    public string Kind => JobKind;

    public Task ExecuteAsync(JobContext context, CancellationToken ct)
    {
        ledger.Runs.Enqueue((context.JobId, context.Attempt, context.Payload<TestPayload>().Tag));
        return Task.CompletedTask;
    }
}

internal sealed class FlakyHandler(TestJobLedger ledger) : IJobHandler
{
    public const string JobKind = "test.flaky";
    public string Kind => JobKind;

    public Task ExecuteAsync(JobContext context, CancellationToken ct)
    {
        var tag = context.Payload<TestPayload>().Tag;
        ledger.Runs.Enqueue((context.JobId, context.Attempt, tag));
        if (ledger.Failing.GetValueOrDefault(tag, true)) throw new InvalidOperationException($"模拟故障 {tag} 第 {context.Attempt} 次");
        return Task.CompletedTask;
    }
}

internal sealed class ProgressHandler(TestJobLedger ledger) : IJobHandler
{
    public const string JobKind = "test.progress";
    public string Kind => JobKind;

    public async Task ExecuteAsync(JobContext context, CancellationToken ct)
    {
        var tag = context.Payload<TestPayload>().Tag;
        await context.ReportProgressAsync(40, "已处理 4/10 份文书", ct);
        await ledger.Gates.GetOrAdd(tag, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task.WaitAsync(ct);
        ledger.Runs.Enqueue((context.JobId, context.Attempt, tag));
    }
}
