using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Court.Grpc;

/// <summary>Which status a failed call reports. A handler's own exceptions never reach the client in detail.</summary>
internal static class ServerCallFailure
{
    public static RpcException ToStatus(Exception failure, ServerCallContext context)
    {
        if (failure is RpcException rpc)
        {
            return rpc;
        }

        if (context.DeadlineHasPassed)
        {
            return new RpcException(StatusCode.DeadlineExceeded, "Deadline Exceeded");
        }

        if (context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            return new RpcException(StatusCode.Cancelled, "The client cancelled the call.");
        }

        if (context.Stopping.IsCancellationRequested)
        {
            return new RpcException(StatusCode.Unavailable, "The server is shutting down.");
        }

        Logger(context)?.LogError(failure, "gRPC method {Method} failed with an unhandled exception", context.Method);
        return new RpcException(StatusCode.Unknown, "Exception was thrown by handler.");
    }

    private static ILogger? Logger(ServerCallContext context) =>
        context.HostContext?.Logger
        ?? context.HttpContext.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger<GrpcServer>();
}
