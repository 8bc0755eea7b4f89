using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;

namespace Court.Grpc;

/// <summary>
/// The gRPC endpoint as a terminal request delegate: <c>app.Run(server.HandleAsync)</c>, or hosted by
/// <see cref="GrpcHosting"/>. Each call gets its own DI scope from <c>HttpContext.RequestServices</c>.
/// </summary>
public sealed class GrpcServer
{
    private readonly FrozenDictionary<string, ServerMethodHandler> _methods;
    private readonly GrpcServerOptions _options;
    private readonly ServerInterceptor[] _interceptors;

    internal GrpcServer(GrpcServerOptions options, IEnumerable<ServerMethodHandler> methods, ServerInterceptor[] interceptors)
    {
        _options = options;
        _interceptors = interceptors;
        _methods = methods.ToFrozenDictionary(method => method.FullName, StringComparer.Ordinal);
    }

    public Task HandleAsync(HttpContext context) => HandleAsync(context, host: null);

    internal Task HandleAsync(HttpContext context, GrpcHostContext? host)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsPost(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "POST";
            return Task.CompletedTask;
        }

        if (!GrpcProtocol.IsGrpcContentType(request.ContentType))
        {
            // 415 rather than 200, so that no plain HTTP client mistakes the error for success.
            ServerResponse.WriteTrailersOnly(response, StatusCode.Internal, $"Content-Type '{request.ContentType}' is not supported.");
            response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return Task.CompletedTask;
        }

        if (!HttpProtocol.IsHttp2(request.Protocol) && !HttpProtocol.IsHttp3(request.Protocol))
        {
            ServerResponse.WriteTrailersOnly(response, StatusCode.Internal, $"gRPC needs HTTP/2; the request came over {request.Protocol}.");
            response.StatusCode = StatusCodes.Status426UpgradeRequired;
            return Task.CompletedTask;
        }

        if (!_methods.TryGetValue(request.Path.Value ?? string.Empty, out var method))
        {
            ServerResponse.WriteTrailersOnly(response, StatusCode.Unimplemented, $"Method {request.Path.Value} is not implemented.");
            return Task.CompletedTask;
        }

        var encoding = request.Headers[GrpcProtocol.EncodingHeader].ToString();
        if (!GrpcProtocol.IsIdentityEncoding(encoding))
        {
            ServerResponse.WriteTrailersOnly(response, StatusCode.Unimplemented, $"Message encoding '{encoding}' is not supported.");
            return Task.CompletedTask;
        }

        return method.HandleAsync(context, _options, _interceptors, host);
    }
}
