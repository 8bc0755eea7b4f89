using Google.Protobuf;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Court.Grpc;

/// <summary>
/// The response side of one call: headers once, then messages, then the status in trailers — or, when nothing
/// was sent yet, a trailers-only response with the status in the headers.
/// </summary>
internal sealed class ServerResponse(HttpResponse response, bool completedConcurrently)
{
    private static readonly StringValues GrpcContentType = GrpcProtocol.ContentType;
    private static readonly StringValues IdentityEncoding = GrpcProtocol.IdentityEncoding;

    // Only a call with a deadline can be completed by someone other than its handler: the deadline watcher.
    private readonly SemaphoreSlim? _gate = completedConcurrently ? new SemaphoreSlim(1, 1) : null;
    private bool _headersSent;
    private bool _completed;

    public async Task WriteHeadersAsync(Metadata headers)
    {
        await EnterAsync();
        try
        {
            ThrowIfCompleted();
            if (_headersSent)
            {
                throw new InvalidOperationException("Response headers can be written only once, before any message.");
            }

            SendHeaders(headers);
            await response.BodyWriter.FlushAsync();
        }
        finally
        {
            Exit();
        }
    }

    public async Task WriteMessageAsync(IMessage message, int maxMessageSize, CancellationToken cancellationToken)
    {
        await EnterAsync();
        try
        {
            ThrowIfCompleted();
            Write(message, maxMessageSize);
            var flush = await response.BodyWriter.FlushAsync(cancellationToken);
            if (flush.IsCanceled)
            {
                throw new OperationCanceledException(cancellationToken);
            }
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>Sends the unary reply and OK together; they leave in one flush when the request delegate returns.</summary>
    public Task CompleteWithMessageAsync(IMessage message, int maxMessageSize, Metadata? trailers)
    {
        if (_gate is null)
        {
            CompleteWithMessage(message, maxMessageSize, trailers);
            return Task.CompletedTask;
        }

        return GatedAsync(this, message, maxMessageSize, trailers);

        static async Task GatedAsync(ServerResponse self, IMessage message, int maxMessageSize, Metadata? trailers)
        {
            await self.EnterAsync();
            try
            {
                self.CompleteWithMessage(message, maxMessageSize, trailers);
            }
            finally
            {
                self.Exit();
            }
        }
    }

    /// <summary>Ends the call with a status; does nothing if it has already ended.</summary>
    public async Task CompleteAsync(StatusCode status, string? detail, Metadata? trailers, bool flushNow)
    {
        await EnterAsync();
        try
        {
            if (_completed)
            {
                return;
            }

            _completed = true;
            if (!_headersSent && !response.HasStarted)
            {
                WriteTrailersOnly(response, status, detail, trailers);
            }
            else
            {
                AppendStatusTrailers(status, detail, trailers);
            }

            if (flushNow)
            {
                await response.CompleteAsync();
            }
        }
        finally
        {
            Exit();
        }
    }

    public static void WriteTrailersOnly(HttpResponse response, StatusCode status, string? detail, Metadata? trailers = null)
    {
        response.StatusCode = StatusCodes.Status200OK;
        var headers = response.Headers;
        headers.ContentType = GrpcContentType;
        headers[GrpcProtocol.AcceptEncodingHeader] = IdentityEncoding;
        headers[GrpcProtocol.StatusHeader] = GrpcProtocol.FormatStatus(status);
        if (!string.IsNullOrEmpty(detail))
        {
            headers[GrpcProtocol.MessageHeader] = GrpcMessageEncoding.Encode(detail);
        }

        if (trailers is { Count: > 0 })
        {
            foreach (var (key, value) in MetadataHeaders.ToHeaders(trailers))
            {
                headers.Append(key, value);
            }
        }
    }

    private void CompleteWithMessage(IMessage message, int maxMessageSize, Metadata? trailers)
    {
        ThrowIfCompleted();
        Write(message, maxMessageSize);
        _completed = true;
        AppendStatusTrailers(StatusCode.OK, null, trailers);
    }

    private void Write(IMessage message, int maxMessageSize)
    {
        var size = MessageFraming.FramedSize(message, maxMessageSize);
        if (!_headersSent)
        {
            SendHeaders(null);
        }

        var writer = response.BodyWriter;
        MessageFraming.Write(message, writer.GetSpan(size)[..size]);
        writer.Advance(size);
    }

    private void SendHeaders(Metadata? metadata)
    {
        _headersSent = true;
        response.StatusCode = StatusCodes.Status200OK;
        var headers = response.Headers;
        headers.ContentType = GrpcContentType;
        headers[GrpcProtocol.AcceptEncodingHeader] = IdentityEncoding;
        if (metadata is { Count: > 0 })
        {
            foreach (var (key, value) in MetadataHeaders.ToHeaders(metadata))
            {
                headers.Append(key, value);
            }
        }
    }

    private void AppendStatusTrailers(StatusCode status, string? detail, Metadata? trailers)
    {
        response.AppendTrailer(GrpcProtocol.StatusHeader, GrpcProtocol.FormatStatus(status));
        if (!string.IsNullOrEmpty(detail))
        {
            response.AppendTrailer(GrpcProtocol.MessageHeader, GrpcMessageEncoding.Encode(detail));
        }

        if (trailers is { Count: > 0 })
        {
            foreach (var (key, value) in MetadataHeaders.ToHeaders(trailers))
            {
                response.AppendTrailer(key, value);
            }
        }
    }

    private void ThrowIfCompleted()
    {
        if (_completed)
        {
            throw new InvalidOperationException("The call has already completed.");
        }
    }

    private Task EnterAsync() => _gate?.WaitAsync() ?? Task.CompletedTask;

    private void Exit() => _gate?.Release();
}
