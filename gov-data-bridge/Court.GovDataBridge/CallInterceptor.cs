using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Court.GovDataBridge;

/// <summary>
/// A server interceptor written once for unary and server-streaming calls: <see cref="InterceptAsync"/> wraps the
/// handler (the continuation), may refuse the call by throwing <see cref="RpcException"/>, or act after it.
/// </summary>
internal abstract class CallInterceptor : Interceptor
{
    protected abstract Task InterceptAsync(object request, ServerCallContext context, Func<Task> continuation);

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        TResponse? response = null;
        await InterceptAsync(request, context, async () => response = await continuation(request, context));
        return response!;
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation) =>
        InterceptAsync(request, context, () => continuation(request, responseStream, context));
}
