using Microsoft.AspNetCore.Http;

namespace Court.Grpc;

/// <summary>
/// Runs one call of a registered method: the handler, its interceptors, and a race against the deadline,
/// which answers DEADLINE_EXCEEDED at once even if the handler ignores its token.
/// </summary>
internal abstract class ServerMethodHandler(string fullName)
{
    public string FullName { get; } = fullName;

    public async Task HandleAsync(HttpContext httpContext, GrpcServerOptions options, ServerInterceptor[] interceptors, GrpcHostContext? host)
    {
        var context = new ServerCallContext(httpContext, options, FullName, host);
        try
        {
            if (context.DeadlineExpired is { } expired)
            {
                await RaceDeadlineAsync(context, interceptors, expired);
            }
            else
            {
                await RunAsync(context, interceptors);
            }
        }
        finally
        {
            await context.DisposeAsync();
        }
    }

    protected abstract Task HandleCallAsync(ServerCallContext context, ServerInterceptor[] interceptors);

    protected static Task InterceptAsync(ServerCallContext context, ServerInterceptor[] interceptors, int index, Func<Task> handler) =>
        index == interceptors.Length
            ? handler()
            : interceptors[index](context, () => InterceptAsync(context, interceptors, index + 1, handler));

    private async Task RaceDeadlineAsync(ServerCallContext context, ServerInterceptor[] interceptors, Task expired)
    {
        var call = RunAsync(context, interceptors);
        if (await Task.WhenAny(call, expired) != call)
        {
            await context.FailAsync(new RpcException(StatusCode.DeadlineExceeded, "Deadline Exceeded"), flushNow: true);
        }

        // The HttpContext must outlive the handler, even one that has overrun its deadline.
        await call;
    }

    private async Task RunAsync(ServerCallContext context, ServerInterceptor[] interceptors)
    {
        try
        {
            await HandleCallAsync(context, interceptors);
        }
        catch (Exception ex)
        {
            await context.FailAsync(ex, flushNow: false);
        }
    }
}
