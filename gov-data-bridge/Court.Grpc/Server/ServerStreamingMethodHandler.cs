using Google.Protobuf;

namespace Court.Grpc;

internal sealed class ServerStreamingMethodHandler<TRequest, TResponse>(
    Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse> handler) : ServerMethodHandler(method.FullName)
    where TRequest : class, IMessage<TRequest>, new()
    where TResponse : class, IMessage<TResponse>, new()
{
    protected override async Task HandleCallAsync(ServerCallContext context, ServerInterceptor[] interceptors)
    {
        var request = await RequestReader.ReadSingleMessageAsync(
            context.HttpContext.Request.BodyReader,
            ProtoParser<TRequest>.Instance,
            context.Options.MaxReceiveMessageSize,
            context.ReadCancellationToken);

        var writer = new ResponseStreamWriter<TResponse>(context);
        await InterceptAsync(context, interceptors, 0, () => handler(request, writer, context));
        await context.CompleteAsync();
    }
}
