using Court.GovData.Bridge.V1;
using Court.Kernel.GovData;
using Grpc.Core;
using BridgeService = Court.GovData.Bridge.V1.GovDataBridge;

namespace Court.GovDataBridge.Bridge;

/// <summary>What a bridge method needs (a data category) and how it is audited.</summary>
internal sealed record BridgeMethodScope(GovDataCategory Category, string AuditAction)
{
    private static readonly Dictionary<string, BridgeMethodScope> ByMethod = new(StringComparer.Ordinal)
    {
        [Path("QuerySubject")] = new(GovDataCategory.Subject, BridgeAudit.QuerySubject),
        [Path("QueryAssets")] = new(GovDataCategory.Assets, BridgeAudit.QueryAssets),
        [Path("BatchQueryAssets")] = new(GovDataCategory.Assets, BridgeAudit.QueryAssets),
        [Path("QuerySocialSecurity")] = new(GovDataCategory.SocialSecurity, BridgeAudit.QuerySocialSecurity),
        [Path("SubmitAction")] = new(GovDataCategory.Actions, BridgeAudit.SubmitAction),
        [Path("GetAction")] = new(GovDataCategory.Actions, BridgeAudit.GetAction),
    };

    /// <summary>The scope of a method by its path (<c>/court.govdata.bridge.v1.GovDataBridge/QueryAssets</c>); null for health and reflection.</summary>
    public static BridgeMethodScope? Of(string method) => ByMethod.GetValueOrDefault(method);

    private static string Path(string method) => $"/{BridgeService.Descriptor.FullName}/{method}";
}

/// <summary>
/// One call to the bridge as the interceptors and the handler see it: the grant admitted it, the handler names the
/// subject (<see cref="Target"/>) and the hash of what it answered, and <see cref="CallAudit"/> writes the entry.
/// </summary>
internal sealed class BridgeCall(BridgeMethodScope scope, RequestContext? context)
{
    private static readonly object Key = typeof(BridgeCall);

    public BridgeMethodScope Scope { get; } = scope;

    public RequestContext? Context { get; } = context;

    public GovDataGrant? Grant { get; set; }

    public string? Target { get; set; }

    public string? ResultHash { get; set; }

    /// <summary>What the call answered, stored with its audit entry in one transaction when the call succeeds.</summary>
    public Persistence.Snapshot? Snapshot { get; set; }

    /// <summary>The handler audited each item (a batch): the call itself is then audited only when it fails.</summary>
    public bool AuditedPerItem { get; set; }

    public GovDataGrant AdmittedGrant => Grant ?? throw new InvalidOperationException("The grant interceptor has not admitted this call.");

    public static BridgeCall Begin(ServerCallContext call, BridgeMethodScope scope, RequestContext? context)
    {
        var state = new BridgeCall(scope, context);
        call.UserState[Key] = state;
        return state;
    }

    public static BridgeCall Of(ServerCallContext call) =>
        call.UserState.TryGetValue(Key, out var state) ? (BridgeCall)state : throw new InvalidOperationException("No bridge call state: the interceptors did not run.");
}
