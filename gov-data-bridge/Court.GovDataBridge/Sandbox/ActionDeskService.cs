using Court.GovDataBridge.Platform;
using Court.Grpc;
using GovData.Platform.V1;
using PlatformAction = GovData.Platform.V1.Action;

namespace Court.GovDataBridge.Sandbox;

/// <summary>协助执行: the court's requests, carried out at once and recorded in the <see cref="ActionLedger"/>.</summary>
internal sealed class ActionDeskService(ActionLedger ledger)
{
    public GrpcServerBuilder MapTo(GrpcServerBuilder server) => server
        .AddUnary(PlatformMethods.SubmitAction, SubmitActionAsync)
        .AddUnary(PlatformMethods.GetAction, GetActionAsync);

    private Task<PlatformAction> SubmitActionAsync(SubmitActionRequest request, ServerCallContext context) =>
        Task.FromResult(ledger.Submit(request));

    private Task<PlatformAction> GetActionAsync(GetActionRequest request, ServerCallContext context) =>
        Task.FromResult(ledger.Get(request));
}
