using Court.Interop.V1;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Grpc.Tests.TestService;

/// <summary>
/// The server side of echo.proto, as the tests drive it: request fields choose failures and delays;
/// request metadata starting with <c>x-</c> comes back as response headers and trailers.
/// </summary>
public static class EchoService
{
    public const string CrashText = "crash";
    public const string ScopeText = "scope";
    public const string SecretInException = "secret-internal-detail";

    public static GrpcServerBuilder AddEcho(this GrpcServerBuilder builder) =>
        builder.AddUnary(EchoMethods.Say, SayAsync).AddServerStreaming(EchoMethods.Stream, StreamAsync);

    public static async Task<EchoReply> SayAsync(EchoRequest request, ServerCallContext context)
    {
        await EchoMetadataAsync(context);
        await DelayAsync(request, context);
        switch (request.Text)
        {
            case CrashText:
                throw new InvalidOperationException(SecretInException);
            case ScopeText:
                var marker = context.Services.GetRequiredService<ScopedMarker>();
                if (!ReferenceEquals(marker, context.Services.GetRequiredService<ScopedMarker>()))
                {
                    throw new InvalidOperationException("One call resolved two scoped instances.");
                }

                return new EchoReply { Text = marker.Id.ToString() };
        }

        FailIfAsked(request);
        return new EchoReply { Text = string.Concat(Enumerable.Repeat(request.Text, Math.Max(1, request.Count))) };
    }

    public static async Task StreamAsync(EchoRequest request, IServerStreamWriter<EchoReply> responses, ServerCallContext context)
    {
        await EchoMetadataAsync(context);
        for (var i = 0; i < request.Count; i++)
        {
            await DelayAsync(request, context);
            await responses.WriteAsync(new EchoReply { Text = $"{request.Text} {i}", Index = i });
        }

        FailIfAsked(request);
    }

    private static void FailIfAsked(EchoRequest request)
    {
        if (request.FailWithCode != 0)
        {
            throw new RpcException((StatusCode)request.FailWithCode, request.FailMessage);
        }
    }

    private static async Task DelayAsync(EchoRequest request, ServerCallContext context)
    {
        if (request.DelayMs <= 0)
        {
            return;
        }

        try
        {
            await Task.Delay(request.DelayMs, context.CancellationToken);
        }
        catch (OperationCanceledException)
        {
            context.Services.GetRequiredService<CallProbe>().RecordCancellation(request.Text);
            throw;
        }
    }

    private static async Task EchoMetadataAsync(ServerCallContext context)
    {
        var echoed = new Metadata();
        foreach (var entry in context.RequestHeaders)
        {
            if (!entry.Key.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            if (entry.Binary is { } bytes)
            {
                echoed.Add(entry.Key, bytes);
                context.ResponseTrailers.Add("trailer-" + entry.Key, bytes);
            }
            else
            {
                echoed.Add(entry.Key, entry.Value!);
                context.ResponseTrailers.Add("trailer-" + entry.Key, entry.Value!);
            }
        }

        if (echoed.Count > 0)
        {
            await context.WriteResponseHeadersAsync(echoed);
        }
    }
}
