using Grpc.Core;
using Court.Kernel.GovData;
using Court.Kernel.Audit;

namespace Court.GovDataBridge.Bridge;

internal static class BridgeAudit
{
    public const string QuerySubject = "govdata.query-subject";
    public const string QueryAssets = "govdata.query-assets";
    public const string QuerySocialSecurity = "govdata.query-social-security";
    public const string SubmitAction = "govdata.submit-action";
    public const string GetAction = "govdata.get-action";

    public static AuditActor ActorOf(GovDataGrant grant, ServerCallContext call) => new(grant.UserId, grant.UserName, grant.Role, call.Peer);

    public static AuditRecord Record(GovDataGrant grant, string action, string? target, string? resultHash, string outcome = "Succeeded") =>
        new(action, grant.CaseId, grant.Reference, grant.Purpose.ChineseName(), target, resultHash, outcome);

    /// <summary>The audit outcome of a failed call: the gRPC status name (NotFound, InvalidArgument, Unavailable, ...).</summary>
    public static string OutcomeOf(RpcException e) => e.StatusCode.ToString();
}
