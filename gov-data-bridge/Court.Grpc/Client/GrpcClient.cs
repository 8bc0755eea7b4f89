using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using Google.Protobuf;

namespace Court.Grpc;

/// <summary>Calls a gRPC server over HTTP/2; one instance per server address, shared by all callers.</summary>
public sealed class GrpcClient
{
    private readonly Uri _address;
    private readonly ConcurrentDictionary<string, Uri> _methodUris = new(StringComparer.Ordinal);

    public GrpcClient(HttpMessageInvoker http, Uri address, GrpcClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(address);
        if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"'{address}' is not an absolute http:// or https:// address.", nameof(address));
        }

        Http = http;
        _address = address;
        Options = (options ?? new GrpcClientOptions()).Snapshot();
    }

    internal HttpMessageInvoker Http { get; }

    internal GrpcClientOptions Options { get; }

    /// <summary>
    /// An HTTP/2 transport for gRPC: prior knowledge on http://, ALPN h2 on https://, more connections when one
    /// is full of streams, and no proxy (h2c cannot pass one).
    /// </summary>
    public static HttpMessageInvoker CreateInvoker(RemoteCertificateValidationCallback? validateServerCertificate = null)
    {
        var handler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        if (validateServerCertificate is not null)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = validateServerCertificate;
        }

        return new HttpMessageInvoker(handler, disposeHandler: true);
    }

    public async Task<TResponse> UnaryAsync<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, CallOptions options = default)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new()
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(request);
        RequireType(method, MethodType.Unary);
        using var call = new ClientCall<TResponse>(this, MethodUri(method.FullName), options, alwaysCancellable: false);
        await call.StartAsync(request);
        var reply = await call.ReadMessageAsync()
            ?? throw call.Fail(new RpcException(StatusCode.Internal, "The response ended with OK but no message."));
        if (await call.ReadMessageAsync() is not null)
        {
            throw call.Fail(new RpcException(StatusCode.Internal, "The response carried more than one message for a unary call."));
        }

        return reply;
    }

    public AsyncServerStreamingCall<TResponse> ServerStreaming<TRequest, TResponse>(
        Method<TRequest, TResponse> method, TRequest request, CallOptions options = default)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new()
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(request);
        RequireType(method, MethodType.ServerStreaming);
        var call = new ClientCall<TResponse>(this, MethodUri(method.FullName), options, alwaysCancellable: true);
        return new AsyncServerStreamingCall<TResponse>(call, request);
    }

    private static void RequireType<TRequest, TResponse>(Method<TRequest, TResponse> method, MethodType expected)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new()
    {
        if (method.Type != expected)
        {
            throw new ArgumentException($"{method.FullName} is a {method.Type} method, not {expected}.", nameof(method));
        }
    }

    private Uri MethodUri(string fullName) => _methodUris.GetOrAdd(fullName, static (name, address) => new Uri(address, name), _address);
}
