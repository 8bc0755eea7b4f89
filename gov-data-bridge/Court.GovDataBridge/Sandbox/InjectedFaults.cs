using Court.GovDataBridge.Platform;
using Court.Grpc;

namespace Court.GovDataBridge.Sandbox;

/// <summary>Answers calls as an unreliable platform would, as <see cref="SandboxFaults"/> says at the moment of the call.</summary>
internal sealed class InjectedFaults(SandboxFaults faults, TimeProvider time)
{
    public async Task InterceptAsync(ServerCallContext context, Func<Task> continuation)
    {
        if (faults.IsDown(time.GetUtcNow())) throw new RpcException(StatusCode.Unavailable, "平台维护中，请稍后再试");
        if (faults.NextCallFails()) throw new RpcException(StatusCode.Unavailable, "平台暂时无法提供服务，请稍后重试");
        if (faults.NextCallHangs()) await HangAsync(context);

        await continuation();

        // The action is applied; only its reply is lost. The caller cannot tell this from a call that never arrived.
        if (context.Method == PlatformMethods.SubmitAction.FullName && faults.NextReplyIsLost())
        {
            if (context.Deadline is null) throw new RpcException(StatusCode.Unavailable, "平台连接中断");
            await HangAsync(context);
        }
    }

    /// <summary>Until the caller's deadline passes or it gives up; the wire library reports which.</summary>
    private Task HangAsync(ServerCallContext context) => Task.Delay(Timeout.InfiniteTimeSpan, time, context.CancellationToken);
}
