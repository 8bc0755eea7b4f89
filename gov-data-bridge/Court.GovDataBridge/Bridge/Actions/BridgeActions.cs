using Court.GovData.Bridge.V1;
using Court.GovDataBridge.Persistence;
using Court.GovDataBridge.Platform;
using Grpc.Core;
using Court.Kernel.Audit;
using Court.Kernel.GovData;
using Court.Kernel.Jobs;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using PlatformSubmit = GovData.Platform.V1.SubmitActionRequest;
using PlatformGet = GovData.Platform.V1.GetActionRequest;
using ActionKind = GovData.Platform.V1.ActionKind;

namespace Court.GovDataBridge.Bridge.Actions;

/// <summary>
/// Accepts assistance requests into the durable queue and reports their progress. The caller's idempotency key is the
/// row's key, the job's key and the key the platform sees: resubmitting, retrying or crashing never acts twice.
/// </summary>
internal sealed class BridgeActions(BridgeDb db, IJobQueue jobs, PlatformGateway platform, TimeProvider clock)
{
    public const int MaxKeyLength = 200;

    public async Task<ActionStatus> SubmitAsync(Court.GovData.Bridge.V1.SubmitActionRequest request, ServerCallContext context)
    {
        var call = BridgeCall.Of(context);
        var grant = call.AdmittedGrant;
        call.Target = request.IdempotencyKey;
        var outgoing = Validate(grant, request);

        var bytes = outgoing.ToByteArray();
        var sha = ResultHash.OfBytes(bytes);
        call.ResultHash = sha;
        var row = await db.Actions.AsNoTracking().SingleOrDefaultAsync(a => a.IdempotencyKey == request.IdempotencyKey, context.CancellationToken)
                  ?? await InsertAsync(grant, request, bytes, sha);
        if (row.RequestSha256 != sha || row.CaseNumber != grant.CaseNumber)
            throw GrpcErrors.Of(StatusCode.AlreadyExists, "该幂等键已用于另一项请求，请为新的请求使用新的幂等键。");

        await jobs.EnqueueAsync(SubmitActionJob.JobKind, new SubmitActionJob.Payload(row.IdempotencyKey), SubmitActionJob.JobKey(row.IdempotencyKey));
        call.Target = SubjectOf(outgoing);
        return StatusOf(row);
    }

    public async Task<ActionStatus> GetAsync(Court.GovData.Bridge.V1.GetActionRequest request, ServerCallContext context)
    {
        var call = BridgeCall.Of(context);
        var grant = call.AdmittedGrant;
        call.Target = request.IdempotencyKey;
        var row = await db.Actions.SingleOrDefaultAsync(a => a.IdempotencyKey == request.IdempotencyKey && a.CaseNumber == grant.CaseNumber, context.CancellationToken)
            ?? throw GrpcErrors.Of(StatusCode.NotFound, "本案没有使用该幂等键的协助执行请求。");

        if (row.Progress == nameof(ActionProgress.Accepted))
        {
            var latest = await platform.QueryAsync(PlatformMethods.GetAction, new PlatformGet { IdempotencyKey = row.IdempotencyKey }, context.CancellationToken, cacheable: false);
            Apply(row, latest.Value, clock);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        var status = StatusOf(row);
        call.Target = row.Subject;
        call.ResultHash = ResultHash.OfBytes(status.ToByteArray());
        return status;
    }

    public static void Apply(BridgeAction row, global::GovData.Platform.V1.Action action, TimeProvider clock)
    {
        row.Progress = ActionProgressNames.FromPlatform(action.State).ToString();
        row.PlatformActionId = action.ActionId;
        row.Detail = action.Detail.Length > 1000 ? action.Detail[..1000] : action.Detail;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
    }

    public static ActionStatus StatusOf(BridgeAction row) => new()
    {
        IdempotencyKey = row.IdempotencyKey,
        Kind = System.Enum.Parse<ActionKind>(row.Kind),
        Progress = System.Enum.Parse<ActionProgress>(row.Progress),
        PlatformActionId = row.PlatformActionId ?? "",
        Detail = row.Detail ?? "",
        Attempts = row.Attempts,
        QueuedAt = Timestamp.FromDateTime(row.QueuedAt),
        UpdatedAt = Timestamp.FromDateTime(row.UpdatedAt),
        CaseNumber = row.CaseNumber,
    };

    private async Task<BridgeAction> InsertAsync(GovDataGrant grant, Court.GovData.Bridge.V1.SubmitActionRequest request, byte[] bytes, string sha)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var row = new BridgeAction
        {
            IdempotencyKey = request.IdempotencyKey,
            CaseId = grant.CaseId,
            CaseNumber = grant.CaseNumber,
            Kind = request.Kind.ToString(),
            Subject = SubjectInput.Require(request.Subject).Identifier,
            Request = bytes,
            RequestSha256 = sha,
            ActingUserId = grant.UserId,
            ActingUserName = grant.UserName,
            Progress = nameof(ActionProgress.Queued),
            Detail = "已进入发送队列。",
            QueuedAt = now,
            UpdatedAt = now,
        };
        db.Actions.Add(row);
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
            return row;
        }
        catch (DbUpdateException)
        {
            // The same key arrived twice at once: the first insert is the request, this one compares against it.
            db.ChangeTracker.Clear();
            return await db.Actions.AsNoTracking().SingleAsync(a => a.IdempotencyKey == request.IdempotencyKey);
        }
    }

    private static PlatformSubmit Validate(GovDataGrant grant, Court.GovData.Bridge.V1.SubmitActionRequest request)
    {
        var key = request.IdempotencyKey;
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength || key.Any(char.IsControl))
            throw GrpcErrors.Of(StatusCode.InvalidArgument, $"请为每项请求提供幂等键（1至{MaxKeyLength}个字符）。");
        if (request.Kind == ActionKind.Unspecified)
            throw GrpcErrors.Of(StatusCode.InvalidArgument, "请说明请求类型（冻结、解除冻结、查封、扣划、信用修复或注销通知）。");
        if (!GovDataPolicy.ActionFits(grant.Purpose, request.Kind))
            throw GrpcErrors.Of(StatusCode.PermissionDenied, $"用途“{grant.Purpose.ChineseName()}”不能发出“{request.Kind.ChineseName()}”请求。");
        var subject = SubjectInput.Require(request.Subject);
        var needsAsset = request.Kind is ActionKind.Freeze or ActionKind.Unfreeze or ActionKind.Seize or ActionKind.Deduct;
        if (needsAsset && string.IsNullOrWhiteSpace(request.AssetId))
            throw GrpcErrors.Of(StatusCode.InvalidArgument, $"“{request.Kind.ChineseName()}”请求须指明财产（财产查询结果中的财产编号）。");
        if (request.AmountFen < 0)
            throw GrpcErrors.Of(StatusCode.InvalidArgument, "金额不能为负数。");

        return new PlatformSubmit
        {
            IdempotencyKey = key,
            Kind = request.Kind,
            Subject = subject.ToRef(),
            AssetId = request.AssetId,
            AmountFen = request.AmountFen,
            CaseNumber = grant.CaseNumber,
            DocumentNumber = request.DocumentNumber,
            Reason = request.Reason,
        };
    }

    private static string SubjectOf(PlatformSubmit request) =>
        request.Subject.IdCase == global::GovData.Platform.V1.SubjectRef.IdOneofCase.CreditCode ? request.Subject.CreditCode : request.Subject.ResidentIdNumber;
}
