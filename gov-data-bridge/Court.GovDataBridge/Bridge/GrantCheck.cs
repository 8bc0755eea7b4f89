using Grpc.Core;

namespace Court.GovDataBridge.Bridge;

/// <summary>Admits a bridge call only with a grant that covers it (<see cref="GrantGate"/>); runs inside <see cref="CallAudit"/>.</summary>
internal sealed class GrantCheck(GrantGate gate) : CallInterceptor
{
    protected override Task InterceptAsync(object request, ServerCallContext context, Func<Task> continuation)
    {
        if (BridgeMethodScope.Of(context.Method) is not null) gate.Admit(BridgeCall.Of(context), context);
        return continuation();
    }
}
