using Google.Protobuf;

namespace Court.Grpc;

/// <summary>One RPC of a service: its path on the wire and how its messages are parsed.</summary>
public sealed class Method<TRequest, TResponse>
    where TRequest : class, IMessage<TRequest>, new()
    where TResponse : class, IMessage<TResponse>, new()
{
    private Method(MethodType type, string serviceName, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceName);
        ArgumentException.ThrowIfNullOrEmpty(name);
        Type = type;
        ServiceName = serviceName;
        Name = name;
        FullName = $"/{serviceName}/{name}";
    }

    /// <summary>Fully qualified service name, e.g. <c>grpc.health.v1.Health</c>.</summary>
    public string ServiceName { get; }

    public string Name { get; }

    public MethodType Type { get; }

    /// <summary>The request path: <c>/package.Service/Method</c>.</summary>
    public string FullName { get; }

#pragma warning disable CA1000 // Factories on the generic type read naturally at the call site: Method<Req, Resp>.Unary(...).
    public static Method<TRequest, TResponse> Unary(string serviceName, string methodName) =>
        new(MethodType.Unary, serviceName, methodName);

    public static Method<TRequest, TResponse> ServerStreaming(string serviceName, string methodName) =>
        new(MethodType.ServerStreaming, serviceName, methodName);
#pragma warning restore CA1000

    public override string ToString() => FullName;
}
