namespace Court.Grpc;

/// <summary>Where a server-streaming handler writes its responses; each write is flushed to the client.</summary>
public interface IServerStreamWriter<in T>
{
    Task WriteAsync(T message, CancellationToken cancellationToken = default);
}
