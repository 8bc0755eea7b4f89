using Grpc.Core;
using GovData.Platform.V1;

namespace Court.GovDataBridge.Sandbox;

/// <summary>What a department checks before it carries out a court's request (协助执行).</summary>
internal static class ActionRules
{
    public static string AuthorityOf(SubmitActionRequest request) => $"{request.Court}{request.CaseNumber}";

    public static bool ActsOnAsset(ActionKind kind) =>
        kind is ActionKind.Freeze or ActionKind.Unfreeze or ActionKind.Seize or ActionKind.Deduct;

    /// <summary>Throws the status the platform answers when the request cannot be carried out; else the asset it acts on, if any.</summary>
    public static RegisteredAsset? Check(SubmitActionRequest request, SandboxRegistry registry, AssetEffects effects)
    {
        if (string.IsNullOrWhiteSpace(request.IdempotencyKey))
            throw GrpcErrors.Of(StatusCode.InvalidArgument, "请求缺少幂等键（idempotency_key）");
        if (request.Kind is ActionKind.Unspecified || !Enum.IsDefined(request.Kind))
            throw GrpcErrors.Of(StatusCode.InvalidArgument, "协助执行事项类型无效");
        if (request.AmountFen < 0)
            throw GrpcErrors.Of(StatusCode.InvalidArgument, "金额不能为负数");

        var subject = RequestIdentifiers.Subject(request.Subject);
        if (!registry.Exists(subject))
            throw RegistryMisses.Subject(subject);
        if (request.Kind is ActionKind.DeregistrationNotice && subject.IsPerson)
            throw GrpcErrors.Of(StatusCode.FailedPrecondition, "注销通知只适用于法人和非法人组织");
        if (!ActsOnAsset(request.Kind)) return null;

        if (string.IsNullOrWhiteSpace(request.AssetId))
            throw GrpcErrors.Of(StatusCode.InvalidArgument, "冻结、解除冻结、查封、扣划须指明财产（asset_id）");
        var asset = registry.FindAsset(request.AssetId)
            ?? throw RegistryMisses.Asset();
        if (asset.Holder != subject)
            throw GrpcErrors.Of(StatusCode.FailedPrecondition, "该财产不在所列主体名下");
        if (request.Kind is ActionKind.Unfreeze && effects.LiftedBy(request, asset.Asset).Count == 0)
            throw GrpcErrors.Of(StatusCode.FailedPrecondition, "该财产上没有冻结或查封措施，无需解除");
        return asset;
    }
}
