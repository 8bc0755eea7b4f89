using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;

namespace Court.Grpc;

/// <summary>
/// One call from the client's side: sends the request, reads headers (or a trailers-only status),
/// messages, then the status in trailers. Every failure leaves as an <see cref="RpcException"/>.
/// </summary>
internal sealed class ClientCall<TResponse> : IDisposable
    where TResponse : class, IMessage<TResponse>, new()
{
    // Timers take at most uint.MaxValue - 1 milliseconds; a longer deadline needs no timer.
    private static readonly TimeSpan LongestTimer = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    private readonly GrpcClient _client;
    private readonly Uri _uri;
    private readonly CallOptions _callOptions;
    private readonly TimeSpan? _timeout;
    private readonly CancellationTokenSource? _cancellation;
    private readonly CancellationTokenRegistration _userCancellation;
    private readonly byte[] _header = new byte[MessageFraming.HeaderSize];
    private HttpRequestMessage? _request;
    private HttpResponseMessage? _response;
    private Stream? _responseStream;
    private volatile bool _cancelledByCaller;
    private bool _finished;

    public ClientCall(GrpcClient client, Uri uri, CallOptions callOptions, bool alwaysCancellable)
    {
        _client = client;
        _uri = uri;
        _callOptions = callOptions;
        if (callOptions.Deadline is { } deadline && deadline != DateTime.MaxValue)
        {
            var utc = deadline.Kind == DateTimeKind.Local ? deadline.ToUniversalTime() : deadline;
            _timeout = utc - client.Options.TimeProvider.GetUtcNow().UtcDateTime;
        }

        if (_timeout is null && !alwaysCancellable)
        {
            Token = callOptions.CancellationToken;
            return;
        }

        _cancellation = _timeout is { } timeout && timeout > TimeSpan.Zero && timeout < LongestTimer
            ? new CancellationTokenSource(timeout, client.Options.TimeProvider)
            : new CancellationTokenSource();
        Token = _cancellation.Token;
        if (callOptions.CancellationToken.CanBeCanceled)
        {
            _userCancellation = callOptions.CancellationToken.UnsafeRegister(static call => ((ClientCall<TResponse>)call!).Cancel(), this);
        }
    }

    public CancellationToken Token { get; }

    /// <summary>The trailers, once the status has arrived.</summary>
    public Metadata? Trailers { get; private set; }

    /// <summary>Sends the request and returns the response headers; a trailers-only error throws here.</summary>
    public async Task<Metadata> StartAsync(IMessage request)
    {
        try
        {
            if (_timeout <= TimeSpan.Zero)
            {
                throw new RpcException(StatusCode.DeadlineExceeded, "Deadline Exceeded");
            }

            _request = GrpcRequest.Create(_uri, request, _callOptions.Headers, _timeout, _client.Options.MaxSendMessageSize);
            _response = await _client.Http.SendAsync(_request, Token);
            return await ReadHeadersAsync(_response);
        }
        catch (Exception ex)
        {
            throw Fail(ex);
        }
    }

    /// <summary>The next message, or null once the stream has ended with OK; a non-OK status throws.</summary>
    public async ValueTask<TResponse?> ReadMessageAsync()
    {
        if (_responseStream is null)
        {
            return null;
        }

        try
        {
            var read = await _responseStream.ReadAtLeastAsync(_header, MessageFraming.HeaderSize, throwOnEndOfStream: false, Token);
            if (read == 0)
            {
                FinishWithTrailers(_response!.TrailingHeaders);
                return null;
            }

            if (read < MessageFraming.HeaderSize)
            {
                throw new RpcException(StatusCode.Internal, "The response ended inside a message header.");
            }

            var length = MessageFraming.ReadHeader(_header, _client.Options.MaxReceiveMessageSize);
            var buffer = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                read = await _responseStream.ReadAtLeastAsync(buffer.AsMemory(0, length), length, throwOnEndOfStream: false, Token);
                if (read < length)
                {
                    throw new RpcException(StatusCode.Internal, "The response ended inside a message.");
                }

                return ProtoParser<TResponse>.Instance.ParseFrom(buffer.AsSpan(0, length));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception ex)
        {
            throw Fail(ex);
        }
    }

    /// <summary>Ends the call on this side with <paramref name="failure"/>'s status, resetting the stream if still open.</summary>
    public RpcException Fail(Exception failure)
    {
        var status = ClientCallFailure.ToStatus(
            failure,
            cancelled: Token.IsCancellationRequested,
            deadlinePassed: _cancellation?.IsCancellationRequested == true && !_cancelledByCaller);
        if (!_finished)
        {
            _finished = true;
            Abort();
            _response?.Dispose();
        }

        return status;
    }

    /// <summary>The caller gives up on the call: it ends CANCELLED, and the server sees the stream reset.</summary>
    public void Cancel()
    {
        _cancelledByCaller = true;
        Abort();
    }

    public void Dispose()
    {
        if (!_finished)
        {
            _finished = true;
            Abort();
        }

        _userCancellation.Dispose();
        _response?.Dispose();
        _request?.Dispose();
        _cancellation?.Dispose();
    }

    private void Abort()
    {
        try
        {
            _cancellation?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The call has already been disposed.
        }
    }

    private async Task<Metadata> ReadHeadersAsync(HttpResponseMessage response)
    {
        if (ResponseStatus.IsIn(response.Headers))
        {
            // Trailers-only: the whole reply is this one HEADERS frame.
            FinishWithTrailers(response.Headers);
            return Trailers!;
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            var http = (int)response.StatusCode;
            throw new RpcException(HttpStatusMapping.ToStatusCode(http), $"Bad gRPC response: HTTP status {http} without grpc-status.");
        }

        var contentType = response.Content.Headers.NonValidated.TryGetValues("Content-Type", out var values) ? values.ToString() : null;
        if (!GrpcProtocol.IsGrpcContentType(contentType))
        {
            throw new RpcException(StatusCode.Internal, $"Bad gRPC response: Content-Type '{contentType}'.");
        }

        _responseStream = await response.Content.ReadAsStreamAsync(Token);
        return MetadataHeaders.FromResponse(response.Headers);
    }

    private void FinishWithTrailers(HttpHeaders trailers)
    {
        _finished = true;
        Trailers = MetadataHeaders.FromResponse(trailers);
        ResponseStatus.ThrowIfNotOk(trailers, Trailers);
    }
}
