using Court.GovData.Bridge.V1;
using Court.Grpc;
using Court.Kernel.Audit;
using Court.Kernel.GovData;

namespace Court.GovDataBridge.Bridge;

/// <summary>
/// Lets a call in only with a valid grant from the court host that matches the request's case, purpose and user and
/// covers the category asked for. Missing or invalid → UNAUTHENTICATED; out of scope → PERMISSION_DENIED; both audited.
/// </summary>
internal sealed class GrantGate(GovDataGrantKey key, TimeProvider clock, IAuditLog audit)
{
    public async Task<GovDataGrant> AdmitAsync(ServerCallContext call, RequestContext? context, GovDataCategory category, string action)
    {
        var token = call.RequestHeaders.GetValue("authorization") is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : null;
        var problem = GovDataGrantCodec.Verify(token, key.PublicKey, clock.GetUtcNow().UtcDateTime, out var grant);
        if (problem != GrantProblem.None || grant is null)
        {
            await audit.WriteAsync(new AuditRecord(action, CaseNumber: Reference(context), Purpose: context?.Purpose.ChineseName(), Outcome: "Unauthenticated"),
                new AuditActor(null, context?.ActingUser, null, call.Peer));
            throw new RpcException(StatusCode.Unauthenticated, GovDataGrantCodec.Explain(problem));
        }

        var refusal = Refusal(grant, context, category);
        if (refusal is not null)
        {
            await audit.WriteAsync(new AuditRecord(action, grant.CaseId, grant.Reference, grant.Purpose.ChineseName(), Outcome: "PermissionDenied"),
                BridgeAudit.ActorOf(grant, call));
            throw new RpcException(StatusCode.PermissionDenied, refusal);
        }
        return grant;
    }

    private static string? Refusal(GovDataGrant grant, RequestContext? context, GovDataCategory category)
    {
        if (context is null) return "请求缺少案件、用途和承办人信息。";
        if (Reference(context) != grant.Reference || context.Purpose != grant.Purpose || context.ActingUser != grant.UserId.ToString())
            return "查询授权与请求中的案件、用途或承办人不一致。";
        return grant.Covers(category) ? null : $"本次授权不包括{category.ChineseName()}。";
    }

    private static string? Reference(RequestContext? context) =>
        context is null ? null : context.CaseNumber.Length > 0 ? context.CaseNumber : context.FilingReference;
}
