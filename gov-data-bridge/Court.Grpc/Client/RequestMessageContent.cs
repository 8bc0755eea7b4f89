using System.Buffers;
using System.Net;
using Google.Protobuf;

namespace Court.Grpc;

/// <summary>
/// The request body: one framed message, serialized up front into a pooled buffer. The buffer goes back to the
/// pool when the content is disposed, or when a write still under way at that moment ends.
/// </summary>
internal sealed class RequestMessageContent : HttpContent
{
    private const int Idle = 0;
    private const int Writing = 1;
    private const int Disposed = 2;

    private readonly byte[] _buffer;
    private readonly int _length;
    private int _state;

    public RequestMessageContent(IMessage message, int maxMessageSize)
    {
        _length = MessageFraming.FramedSize(message, maxMessageSize);
        _buffer = ArrayPool<byte>.Shared.Rent(_length);
        MessageFraming.Write(message, _buffer.AsSpan(0, _length));
        Headers.TryAddWithoutValidation("Content-Type", GrpcProtocol.ContentType);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Interlocked.CompareExchange(ref _state, Writing, Idle) != Idle, this);
        try
        {
            await stream.WriteAsync(_buffer.AsMemory(0, _length), cancellationToken);
        }
        finally
        {
            if (Interlocked.CompareExchange(ref _state, Idle, Writing) == Disposed)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
            }
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _state, Disposed) == Idle)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        base.Dispose(disposing);
    }
}
