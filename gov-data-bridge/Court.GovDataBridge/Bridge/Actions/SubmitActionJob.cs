using Court.GovData.Bridge.V1;
using Court.GovDataBridge.Persistence;
using Court.GovDataBridge.Platform;
using Grpc.Core;
using Court.Kernel.Jobs;
using Microsoft.Extensions.Options;
using PlatformSubmit = GovData.Platform.V1.SubmitActionRequest;

namespace Court.GovDataBridge.Bridge.Actions;

/// <summary>
/// Sends one queued assistance request to the platform. A lost reply or an outage fails the attempt and the job queue
/// retries with backoff, resending the same idempotency key, so the platform applies it once. A refusal is final.
/// </summary>
internal sealed class SubmitActionJob(BridgeDb db, PlatformGateway platform, IOptions<BridgeOptions> options, TimeProvider clock) : IJobHandler
{
    public const string JobKind = "govdata.action";

    public sealed record Payload(string IdempotencyKey);

    public static string JobKey(string idempotencyKey) => JobKind + ":" + idempotencyKey;

    public string Kind => JobKind;

    public string DisplayName => "向政务数据平台发送协助执行请求";

    public async Task ExecuteAsync(JobContext context, CancellationToken ct)
    {
        var key = context.Payload<Payload>().IdempotencyKey;
        var row = await db.Actions.FindAsync([key], ct);
        if (row is null || Enum.Parse<ActionProgress>(row.Progress).IsFinal() || row.Progress == nameof(ActionProgress.Accepted)) return;

        row.Attempts++;
        try
        {
            var action = await platform.ActAsync(PlatformMethods.SubmitAction, PlatformSubmit.Parser.ParseFrom(row.Request), ct);
            BridgeActions.Apply(row, action, clock);
        }
        catch (RpcException e) when (PlatformGateway.LeavesOutcomeUnknown(e) && context.Attempt < options.Value.ActionAttempts)
        {
            row.Detail = $"第{row.Attempts}次发送未成功（{e.Status.Detail}），系统将自动重试。";
            row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        catch (RpcException e) when (PlatformGateway.LeavesOutcomeUnknown(e))
        {
            row.Progress = nameof(ActionProgress.Failed);
            row.Detail = $"已发送{row.Attempts}次仍未成功（{e.Status.Detail}），请与政务数据平台核实后处理。";
        }
        catch (RpcException e)
        {
            row.Progress = nameof(ActionProgress.Rejected);
            row.Detail = e.Status.Detail;
        }
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
