using Court.Kernel.Audit;
using Court.Kernel.GovData;
using Grpc.Core;

namespace Court.GovDataBridge.Bridge;

/// <summary>
/// Every call to the bridge is written to the audit log: refused ones (no grant, out of scope), failed ones with their
/// status, cancelled ones, and answered ones with the subject and the SHA-256 of the reply. The outermost interceptor.
/// </summary>
internal sealed class CallAudit(IAuditLog audit, SnapshotWriter snapshots) : CallInterceptor
{
    public const string Succeeded = "Succeeded";

    protected override async Task InterceptAsync(object request, ServerCallContext context, Func<Task> continuation)
    {
        if (BridgeMethodScope.Of(context.Method) is not { } scope)
        {
            await continuation();
            return;
        }

        var call = BridgeCall.Begin(context, scope, (request as IGovDataRequest)?.Context);
        try
        {
            await continuation();
        }
        catch (RpcException e)
        {
            await WriteAsync(call, context, e.StatusCode.ToString());
            throw;
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // A gRPC deadline is on the machine's clock, not the injected one.
            var expired = context.Deadline != DateTime.MaxValue && TimeProvider.System.GetUtcNow().UtcDateTime >= context.Deadline;
            await WriteAsync(call, context, expired ? nameof(StatusCode.DeadlineExceeded) : nameof(StatusCode.Cancelled));
            throw;
        }

        if (!call.AuditedPerItem) await WriteAsync(call, context, Succeeded);
    }

    private Task WriteAsync(BridgeCall call, ServerCallContext context, string outcome)
    {
        // Written even when the caller has gone: the platform may have been asked.
        if (call.Grant is { } grant)
        {
            var record = BridgeAudit.Record(grant, call.Scope.AuditAction, call.Target, call.ResultHash, outcome);
            return outcome == Succeeded && call.Snapshot is { } snapshot
                ? snapshots.SaveAuditedAsync([snapshot], [record], BridgeAudit.ActorOf(grant, context))
                : audit.WriteAsync(record, BridgeAudit.ActorOf(grant, context), CancellationToken.None);
        }
        var asked = call.Context;
        return audit.WriteAsync(
            new AuditRecord(call.Scope.AuditAction, CaseNumber: GrantGate.Reference(asked), Purpose: asked?.Purpose.ChineseName(), Target: call.Target, Outcome: outcome),
            new AuditActor(null, asked?.ActingUser, null, context.Peer), CancellationToken.None);
    }
}
