using Court.GovData.Bridge.V1;
using Court.Grpc;

namespace Court.GovDataBridge.Client;

/// <summary>The bridge's methods, as named in <c>court/govdata/bridge/v1/bridge.proto</c>.</summary>
internal static class BridgeMethods
{
    public const string Service = "court.govdata.bridge.v1.GovDataBridge";

    public static readonly Method<QuerySubjectRequest, QuerySubjectReply> QuerySubject = Method<QuerySubjectRequest, QuerySubjectReply>.Unary(Service, "QuerySubject");
    public static readonly Method<QueryAssetsRequest, QueryAssetsReply> QueryAssets = Method<QueryAssetsRequest, QueryAssetsReply>.Unary(Service, "QueryAssets");
    public static readonly Method<BatchQueryAssetsRequest, BatchQueryAssetsItem> BatchQueryAssets = Method<BatchQueryAssetsRequest, BatchQueryAssetsItem>.ServerStreaming(Service, "BatchQueryAssets");
    public static readonly Method<QuerySocialSecurityRequest, QuerySocialSecurityReply> QuerySocialSecurity = Method<QuerySocialSecurityRequest, QuerySocialSecurityReply>.Unary(Service, "QuerySocialSecurity");
    public static readonly Method<SubmitActionRequest, ActionStatus> SubmitAction = Method<SubmitActionRequest, ActionStatus>.Unary(Service, "SubmitAction");
    public static readonly Method<GetActionRequest, ActionStatus> GetAction = Method<GetActionRequest, ActionStatus>.Unary(Service, "GetAction");
}
