using Google.Protobuf;

namespace Court.Grpc;

/// <summary>Registers methods, interceptors and the health service, then builds an immutable <see cref="GrpcServer"/>.</summary>
public sealed class GrpcServerBuilder(GrpcServerOptions? options = null)
{
    private readonly GrpcServerOptions _options = (options ?? new GrpcServerOptions()).Snapshot();
    private readonly Dictionary<string, ServerMethodHandler> _methods = new(StringComparer.Ordinal);
    private readonly List<ServerInterceptor> _interceptors = [];

    public GrpcServerBuilder AddUnary<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse> handler)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new()
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(handler);
        RequireType(method.Type, MethodType.Unary, method.FullName, nameof(method));
        return Add(new UnaryMethodHandler<TRequest, TResponse>(method, handler));
    }

    public GrpcServerBuilder AddServerStreaming<TRequest, TResponse>(
        Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse> handler)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new()
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(handler);
        RequireType(method.Type, MethodType.ServerStreaming, method.FullName, nameof(method));
        return Add(new ServerStreamingMethodHandler<TRequest, TResponse>(method, handler));
    }

    /// <summary>Interceptors run in the order added, the first outermost.</summary>
    public GrpcServerBuilder AddInterceptor(ServerInterceptor interceptor)
    {
        ArgumentNullException.ThrowIfNull(interceptor);
        _interceptors.Add(interceptor);
        return this;
    }

    /// <summary>Serves <c>grpc.health.v1.Health</c> (Check and Watch) from <paramref name="health"/>.</summary>
    public GrpcServerBuilder AddHealth(HealthService health)
    {
        ArgumentNullException.ThrowIfNull(health);
        return AddUnary(HealthService.CheckMethod, health.CheckAsync)
            .AddServerStreaming(HealthService.WatchMethod, health.WatchAsync);
    }

    public GrpcServer Build() => new(_options, _methods.Values, [.. _interceptors]);

    private static void RequireType(MethodType actual, MethodType expected, string fullName, string paramName)
    {
        if (actual != expected)
        {
            throw new ArgumentException($"{fullName} is a {actual} method, not {expected}.", paramName);
        }
    }

    private GrpcServerBuilder Add(ServerMethodHandler handler)
    {
        if (!_methods.TryAdd(handler.FullName, handler))
        {
            throw new InvalidOperationException($"{handler.FullName} is already registered.");
        }

        return this;
    }
}
