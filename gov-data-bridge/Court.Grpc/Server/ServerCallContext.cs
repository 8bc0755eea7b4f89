using System.Net.Sockets;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Court.Grpc;

/// <summary>What a handler knows about its call, and how it adds headers and trailers to the response.</summary>
public sealed class ServerCallContext
{
    private readonly CallDeadline? _deadline;
    private CancellationTokenSource? _cancellation;
    private AsyncServiceScope? _scope;
    private Metadata? _requestHeaders;
    private Metadata? _responseTrailers;

    internal ServerCallContext(HttpContext httpContext, GrpcServerOptions options, string method, GrpcHostContext? host)
    {
        HttpContext = httpContext;
        Options = options;
        Method = method;
        HostContext = host;
        Stopping = host?.Stopping
            ?? httpContext.RequestServices?.GetService<IHostApplicationLifetime>()?.ApplicationStopping
            ?? CancellationToken.None;

        // Without a deadline the token is made on first use: most unary handlers never ask for it.
        if (ReadTimeout(httpContext.Request.Headers) is { } timeout)
        {
            _cancellation = CreateCancellation();
            _deadline = CallDeadline.TryCreate(timeout, options.TimeProvider, _cancellation);
        }

        Response = new ServerResponse(httpContext.Response, completedConcurrently: _deadline is not null);
    }

    /// <summary>The request path, <c>/package.Service/Method</c>.</summary>
    public string Method { get; }

    public Metadata RequestHeaders => _requestHeaders ??= MetadataHeaders.FromRequest(HttpContext.Request.Headers);

    /// <summary>When the client stops waiting (UTC), if it said so.</summary>
    public DateTime? Deadline => _deadline?.Deadline;

    /// <summary>Cancelled when the client goes away, the deadline passes, or the server stops.</summary>
    public CancellationToken CancellationToken
    {
        get
        {
            if (_cancellation is { } cancellation)
            {
                return cancellation.Token;
            }

            if (!Stopping.CanBeCanceled)
            {
                return HttpContext.RequestAborted;
            }

            var created = CreateCancellation();
            if (Interlocked.CompareExchange(ref _cancellation, created, null) is not null)
            {
                created.Dispose();
            }

            return _cancellation.Token;
        }
    }

    /// <summary>The token for reading the request: the deadline's, if any; a client that goes away fails the read anyway.</summary>
    internal CancellationToken ReadCancellationToken => _cancellation?.Token ?? CancellationToken.None;

    /// <summary>Sent with the status when the call ends, whether it succeeds or fails.</summary>
    public Metadata ResponseTrailers => _responseTrailers ??= new Metadata();

    /// <summary>A dependency-injection scope of this call alone, created on first use.</summary>
    public IServiceProvider Services => (_scope ??= HttpContext.RequestServices.CreateAsyncScope()).ServiceProvider;

    /// <summary>The client's address in gRPC's form, e.g. <c>ipv4:127.0.0.1:50312</c>.</summary>
    public string Peer
    {
        get
        {
            var connection = HttpContext.Connection;
            return connection.RemoteIpAddress switch
            {
                null => "unknown",
                { AddressFamily: AddressFamily.InterNetworkV6 } ip => $"ipv6:[{ip}]:{connection.RemotePort}",
                var ip => $"ipv4:{ip}:{connection.RemotePort}",
            };
        }
    }

    public HttpContext HttpContext { get; }

    internal GrpcServerOptions Options { get; }

    internal ServerResponse Response { get; }

    internal GrpcHostContext? HostContext { get; }

    internal CancellationToken Stopping { get; }

    internal Task? DeadlineExpired => _deadline?.Expired;

    internal bool DeadlineHasPassed => _deadline?.IsExpired ?? false;

    /// <summary>Sends response headers now; only before the first message.</summary>
    public Task WriteResponseHeadersAsync(Metadata headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return Response.WriteHeadersAsync(headers);
    }

    internal Task CompleteAsync(IMessage reply) =>
        Response.CompleteWithMessageAsync(reply, Options.MaxSendMessageSize, _responseTrailers);

    internal Task CompleteAsync() => Response.CompleteAsync(StatusCode.OK, null, _responseTrailers, flushNow: false);

    /// <summary>Ends the call with the status <paramref name="failure"/> stands for; a client already gone is not an error.</summary>
    internal async Task FailAsync(Exception failure, bool flushNow)
    {
        var status = ServerCallFailure.ToStatus(failure, this);
        try
        {
            await Response.CompleteAsync(status.StatusCode, status.Detail, MergeTrailers(status.Trailers), flushNow);
        }
        catch (Exception) when (HttpContext.RequestAborted.IsCancellationRequested || flushNow)
        {
            // Nobody is left to read the status.
        }
        catch (IOException)
        {
            // The connection broke while the status was written.
        }
    }

    internal ValueTask DisposeAsync()
    {
        _deadline?.Dispose();
        _cancellation?.Dispose();
        return _scope is { } scope ? scope.DisposeAsync() : ValueTask.CompletedTask;
    }

    private CancellationTokenSource CreateCancellation() =>
        Stopping.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(HttpContext.RequestAborted, Stopping)
            : CancellationTokenSource.CreateLinkedTokenSource(HttpContext.RequestAborted);

    private static TimeSpan? ReadTimeout(IHeaderDictionary headers) =>
        headers.TryGetValue(GrpcProtocol.TimeoutHeader, out var value) && GrpcTimeout.TryParse(value.ToString(), out var timeout)
            ? timeout
            : null;

    private Metadata? MergeTrailers(Metadata fromException)
    {
        if (fromException.Count == 0)
        {
            return _responseTrailers;
        }

        if (_responseTrailers is not { Count: > 0 })
        {
            return fromException;
        }

        var merged = new Metadata();
        foreach (var entry in _responseTrailers)
        {
            merged.AddEntry(entry);
        }

        foreach (var entry in fromException)
        {
            merged.AddEntry(entry);
        }

        return merged;
    }
}
