using System.Threading.Channels;
using Court.GovData.Bridge.V1;
using Grpc.Core;
using Court.Kernel.Audit;
using Court.Kernel.GovData;
using Microsoft.Extensions.Options;
using Snapshot = Court.GovDataBridge.Persistence.Snapshot;

namespace Court.GovDataBridge.Bridge;

/// <summary>
/// One-click asset query over many respondents: they are queried in parallel (the platform gateway keeps the rate
/// under the platform's limit) and each reply is streamed as soon as it completes. A respondent that fails does not
/// end the stream: its item carries the error. Snapshots and audit entries are written in groups, each group in one transaction.
/// </summary>
internal sealed class BatchAssetQueries(BridgeQueries queries, SnapshotWriter snapshots, IOptions<BridgeOptions> options)
{
    private const int FlushEvery = 200;

    private sealed record Done(BatchQueryAssetsItem Item, Snapshot? Snapshot, AuditRecord Audit);

    public async Task RunAsync(BatchQueryAssetsRequest request, IServerStreamWriter<BatchQueryAssetsItem> stream, ServerCallContext call)
    {
        var state = BridgeCall.Of(call);
        var grant = state.AdmittedGrant;
        if (request.Subjects.Count == 0) throw GrpcErrors.Of(StatusCode.InvalidArgument, "请至少提供一个被查询的主体。");
        if (request.Subjects.Count > options.Value.MaxBatchSize)
            throw GrpcErrors.Of(StatusCode.InvalidArgument, $"一次最多查询{options.Value.MaxBatchSize}个主体，请分批提交。");

        state.AuditedPerItem = true;
        var done = Channel.CreateBounded<Done>(new BoundedChannelOptions(256) { SingleReader = true });
        var producing = ProduceAsync(grant, request, done.Writer, call.CancellationToken);

        var actor = BridgeAudit.ActorOf(grant, call);
        var pendingSnapshots = new List<Snapshot>();
        var pendingAudit = new List<AuditRecord>();
        try
        {
            await foreach (var result in done.Reader.ReadAllAsync(call.CancellationToken))
            {
                if (result.Snapshot is not null) pendingSnapshots.Add(result.Snapshot);
                pendingAudit.Add(result.Audit);
                if (pendingAudit.Count >= FlushEvery) await FlushAsync(pendingSnapshots, pendingAudit, actor);
                await stream.WriteAsync(result.Item, call.CancellationToken);
            }
        }
        finally
        {
            await FlushAsync(pendingSnapshots, pendingAudit, actor);
        }
        await producing;
    }

    private async Task ProduceAsync(GovDataGrant grant, BatchQueryAssetsRequest request, ChannelWriter<Done> done, CancellationToken ct)
    {
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.BatchParallelism), CancellationToken = ct };
            await Parallel.ForEachAsync(request.Subjects, parallel, async (subjectRef, token) =>
                await done.WriteAsync(await QueryOneAsync(grant, subjectRef, request, token), token));
            done.Complete();
        }
        catch (Exception e)
        {
            done.Complete(e);
        }
    }

    private async Task<Done> QueryOneAsync(GovDataGrant grant, global::GovData.Platform.V1.SubjectRef subjectRef, BatchQueryAssetsRequest request, CancellationToken ct)
    {
        var item = new BatchQueryAssetsItem { Subject = subjectRef };
        SubjectKey? subject = null;
        try
        {
            subject = SubjectInput.Require(subjectRef);
            var result = await queries.FetchAssetsAsync(subject.Value, request.Categories, ct);
            var stored = snapshots.Build(grant, BridgeQueries.KindOf(GovDataCategory.Assets), subject.Value, result.Value, result.FromCache, request.Context.RequestId);
            result.Value.Snapshot = SnapshotWriter.Describe(stored);
            item.Reply = result.Value;
            return new Done(item, stored, BridgeAudit.Record(grant, BridgeAudit.QueryAssets, subject.Value.Identifier, stored.Sha256));
        }
        catch (RpcException e)
        {
            item.Error = new ItemError { Code = (int)e.StatusCode, Message = e.Status.Detail };
            return new Done(item, null, BridgeAudit.Record(grant, BridgeAudit.QueryAssets, subject?.Identifier, null, BridgeAudit.OutcomeOf(e)));
        }
    }

    private async Task FlushAsync(List<Snapshot> pendingSnapshots, List<AuditRecord> pendingAudit, AuditActor actor)
    {
        if (pendingAudit.Count == 0) return;
        await snapshots.SaveAuditedAsync(pendingSnapshots.ToList(), pendingAudit.ToList(), actor);
        pendingSnapshots.Clear();
        pendingAudit.Clear();
    }
}
