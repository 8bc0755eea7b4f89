using Grpc.Core;
using GovData.Platform.V1;
using PlatformAction = GovData.Platform.V1.Action;

namespace Court.GovDataBridge.Sandbox;

/// <summary>协助执行: the court's requests, carried out at once and recorded in the <see cref="ActionLedger"/>.</summary>
internal sealed class ActionDeskService(ActionLedger ledger) : ActionDesk.ActionDeskBase
{
    /// <summary>The method name as a server sees it.</summary>
    public static readonly string SubmitActionMethod = $"/{ActionDesk.Descriptor.FullName}/SubmitAction";

    public override Task<PlatformAction> SubmitAction(SubmitActionRequest request, ServerCallContext context) =>
        Task.FromResult(ledger.Submit(request));

    public override Task<PlatformAction> GetAction(GetActionRequest request, ServerCallContext context) =>
        Task.FromResult(ledger.Get(request));
}
