using System.Runtime.CompilerServices;
using Google.Protobuf;

namespace Court.Grpc;

/// <summary>
/// A server-streaming call under way. A non-OK status surfaces as <see cref="RpcException"/> from
/// <see cref="ReadAllAsync"/>; disposing before the end cancels the call.
/// </summary>
public sealed class AsyncServerStreamingCall<TResponse> : IAsyncDisposable
    where TResponse : class, IMessage<TResponse>, new()
{
    private readonly ClientCall<TResponse> _call;
    private int _reading;

    internal AsyncServerStreamingCall(ClientCall<TResponse> call, IMessage request)
    {
        _call = call;
        ResponseHeadersAsync = call.StartAsync(request);
    }

    /// <summary>The response headers; for a trailers-only reply, the metadata that came with its status.</summary>
    public Task<Metadata> ResponseHeadersAsync { get; }

    /// <summary>Yields each message; may be enumerated once. Cancelling <paramref name="cancellationToken"/> cancels the call.</summary>
    public async IAsyncEnumerable<TResponse> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _reading, 1) != 0)
        {
            throw new InvalidOperationException("The response stream can be read only once.");
        }

        using var registration = cancellationToken.UnsafeRegister(static call => ((ClientCall<TResponse>)call!).Cancel(), _call);
        await ResponseHeadersAsync;
        while (await _call.ReadMessageAsync() is { } message)
        {
            yield return message;
        }
    }

    /// <summary>The trailers; available once the call has ended.</summary>
    public Metadata GetTrailers() =>
        _call.Trailers ?? throw new InvalidOperationException("Trailers are available once the call has ended.");

    public ValueTask DisposeAsync()
    {
        _call.Dispose();
        return ValueTask.CompletedTask;
    }
}
