using Grpc.Core;

namespace Court.GovDataBridge.Sandbox;

/// <summary>Answers calls as an unreliable platform would, as <see cref="SandboxFaults"/> says at the moment of the call.</summary>
internal sealed class InjectedFaults(SandboxFaults faults, TimeProvider time) : CallInterceptor
{
    protected override async Task InterceptAsync(object request, ServerCallContext context, Func<Task> continuation)
    {
        if (faults.IsDown(time.GetUtcNow())) throw GrpcErrors.Of(StatusCode.Unavailable, "平台维护中，请稍后再试");
        if (faults.NextCallFails()) throw GrpcErrors.Of(StatusCode.Unavailable, "平台暂时无法提供服务，请稍后重试");
        if (faults.NextCallHangs()) await HangAsync(context);

        await continuation();

        // The action is applied; only its reply is lost. The caller cannot tell this from a call that never arrived.
        if (context.Method == ActionDeskService.SubmitActionMethod && faults.NextReplyIsLost())
        {
            if (context.Deadline == DateTime.MaxValue) throw GrpcErrors.Of(StatusCode.Unavailable, "平台连接中断");
            await HangAsync(context);
        }
    }

    /// <summary>Until the caller's deadline passes or it gives up; the server reports which.</summary>
    private Task HangAsync(ServerCallContext context) => Task.Delay(Timeout.InfiniteTimeSpan, time, context.CancellationToken);
}
