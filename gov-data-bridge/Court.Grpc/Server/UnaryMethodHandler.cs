using Google.Protobuf;

namespace Court.Grpc;

internal sealed class UnaryMethodHandler<TRequest, TResponse>(
    Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse> handler) : ServerMethodHandler(method.FullName)
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

        TResponse? reply = null;
        if (interceptors.Length == 0)
        {
            reply = await handler(request, context);
        }
        else
        {
            await InterceptAsync(context, interceptors, 0, async () => reply = await handler(request, context));
        }

        await context.CompleteAsync(reply ?? throw new InvalidOperationException($"Handler of {FullName} returned no reply."));
    }
}
