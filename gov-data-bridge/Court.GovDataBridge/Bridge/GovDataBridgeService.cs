using Court.GovData.Bridge.V1;
using Court.GovDataBridge.Bridge.Actions;
using Grpc.Core;
using BridgeService = Court.GovData.Bridge.V1.GovDataBridge;

namespace Court.GovDataBridge.Bridge;

/// <summary>
/// <c>court.govdata.bridge.v1.GovDataBridge</c> on the standard server. Grants are checked and calls audited by the
/// interceptors (<see cref="CallAudit"/>, <see cref="GrantCheck"/>) before and after each of these methods.
/// </summary>
internal sealed class GovDataBridgeService(BridgeQueries queries, BatchAssetQueries batches, BridgeActions actions) : BridgeService.GovDataBridgeBase
{
    public override Task<QuerySubjectReply> QuerySubject(QuerySubjectRequest request, ServerCallContext context) =>
        queries.QuerySubjectAsync(request, context);

    public override Task<QueryAssetsReply> QueryAssets(QueryAssetsRequest request, ServerCallContext context) =>
        queries.QueryAssetsAsync(request, context);

    public override Task BatchQueryAssets(BatchQueryAssetsRequest request, IServerStreamWriter<BatchQueryAssetsItem> responseStream, ServerCallContext context) =>
        batches.RunAsync(request, responseStream, context);

    public override Task<QuerySocialSecurityReply> QuerySocialSecurity(QuerySocialSecurityRequest request, ServerCallContext context) =>
        queries.QuerySocialSecurityAsync(request, context);

    public override Task<ActionStatus> SubmitAction(SubmitActionRequest request, ServerCallContext context) =>
        actions.SubmitAsync(request, context);

    public override Task<ActionStatus> GetAction(GetActionRequest request, ServerCallContext context) =>
        actions.GetAsync(request, context);
}
