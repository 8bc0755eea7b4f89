namespace Court.Grpc;

/// <summary>
/// Runs around every call, after the request message is read. It may throw <see cref="RpcException"/> to refuse
/// the call (authentication, rate limits), delay it, or decorate it; it calls <paramref name="continuation"/> to proceed.
/// </summary>
public delegate Task ServerInterceptor(ServerCallContext context, Func<Task> continuation);
