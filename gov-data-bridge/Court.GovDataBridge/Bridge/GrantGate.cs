using Court.GovData.Bridge.V1;
using Court.Kernel.GovData;
using Grpc.Core;

namespace Court.GovDataBridge.Bridge;

/// <summary>
/// Lets a call in only with a valid grant from the court host that matches the request's case, purpose and user and
/// covers the category asked for. Missing or invalid → UNAUTHENTICATED; out of scope → PERMISSION_DENIED.
/// </summary>
internal sealed class GrantGate(VerifiedGrants grants)
{
    public void Admit(BridgeCall call, ServerCallContext context)
    {
        var token = context.RequestHeaders.GetValue("authorization") is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : null;
        var problem = grants.Verify(token, out var grant);
        if (problem != GrantProblem.None || grant is null)
            throw GrpcErrors.Of(StatusCode.Unauthenticated, GovDataGrantCodec.Explain(problem));

        call.Grant = grant;
        if (Refusal(grant, call.Context, call.Scope.Category) is { } refusal)
            throw GrpcErrors.Of(StatusCode.PermissionDenied, refusal);
    }

    private static string? Refusal(GovDataGrant grant, RequestContext? context, GovDataCategory category)
    {
        if (context is null) return "请求缺少案件、用途和承办人信息。";
        if (Reference(context) != grant.Reference || context.Purpose != grant.Purpose || context.ActingUser != grant.UserId.ToString())
            return "查询授权与请求中的案件、用途或承办人不一致。";
        return grant.Covers(category) ? null : $"本次授权不包括{category.ChineseName()}。";
    }

    public static string? Reference(RequestContext? context) =>
        context is null ? null : context.CaseNumber.Length > 0 ? context.CaseNumber : context.FilingReference;
}
