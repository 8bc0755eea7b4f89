using Google.Protobuf;

namespace Court.Grpc;

internal sealed class ResponseStreamWriter<T>(ServerCallContext context) : IServerStreamWriter<T>
    where T : IMessage
{
    public async Task WriteAsync(T message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        context.CancellationToken.ThrowIfCancellationRequested();
        if (!cancellationToken.CanBeCanceled)
        {
            await context.Response.WriteMessageAsync(message, context.Options.MaxSendMessageSize, context.CancellationToken);
            return;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, context.CancellationToken);
        await context.Response.WriteMessageAsync(message, context.Options.MaxSendMessageSize, linked.Token);
    }
}
