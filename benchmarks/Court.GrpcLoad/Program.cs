using System.Net;
using System.Runtime;
using System.Runtime.InteropServices;
using Court.Grpc;
using Google.Protobuf;
using Grpc.Health.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Court.GrpcLoad;

/// <summary>
/// Two HTTP/2 cleartext endpoints on 127.0.0.1 for h2load (benchmarks/grpc-throughput.sh), in one process so they share
/// the machine, the runtime and the GC: (a) Court.Grpc's <see cref="GrpcHosting"/> serving the standard health Check,
/// and (b) a bare Kestrel endpoint, configured as GrpcHosting configures its own, that answers any POST with the same
/// bytes — a SERVING HealthCheckResponse in one length-prefixed message, <c>content-type: application/grpc</c>,
/// <c>grpc-accept-encoding: identity</c>, and <c>grpc-status: 0</c> as a trailer — and does nothing else.
/// </summary>
/// <remarks>
/// Usage: <c>Court.GrpcLoad [--urls-file PATH]</c>. Prints (and writes to PATH) one line per endpoint,
/// <c>court-grpc URL</c> and <c>bare-kestrel URL</c>, then serves until SIGTERM or SIGINT.
/// </remarks>
internal static class Program
{
    private const string CheckPath = "/grpc.health.v1.Health/Check";

    private static readonly Method<HealthCheckRequest, HealthCheckResponse> Check =
        Method<HealthCheckRequest, HealthCheckResponse>.Unary("grpc.health.v1.Health", "Check");

    private static async Task<int> Main(string[] args)
    {
        var urlsFile = args.Length == 2 && args[0] == "--urls-file" ? args[1] : null;
        if (args.Length != 0 && urlsFile is null)
        {
            await Console.Error.WriteLineAsync("usage: Court.GrpcLoad [--urls-file PATH]");
            return 2;
        }

        using var services = new ServiceCollection().BuildServiceProvider();
        var server = new GrpcServerBuilder().AddHealth(new HealthService()).Build();
        await using var grpc = await GrpcHosting.StartAsync(new GrpcEndpoint(IPAddress.Loopback, 0), server, services);
        var (bare, bareAddress) = await StartBareAsync();
        await using var bareApp = bare;

        var grpcUrl = new Uri(grpc.Address, CheckPath);
        var bareUrl = new Uri(bareAddress, CheckPath);
        await SelfCheckAsync(grpc.Address, bareAddress);

        var lines = $"court-grpc {grpcUrl}\nbare-kestrel {bareUrl}\n";
        Console.Write(lines);
        Console.WriteLine($"# .NET {Environment.Version}, server GC {GCSettings.IsServerGC}, {Environment.ProcessorCount} processors");
        if (urlsFile is not null)
        {
            var partial = urlsFile + ".part";
            await File.WriteAllTextAsync(partial, lines);
            File.Move(partial, urlsFile, overwrite: true);
        }

        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.TrySetResult(); });
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => { context.Cancel = true; stop.TrySetResult(); });
        await stop.Task;
        return 0;
    }

    /// <summary>Kestrel set up as <see cref="GrpcHosting"/> sets up its own, with a fixed answer instead of a gRPC server.</summary>
    private static async Task<(WebApplication App, Uri Address)> StartBareAsync()
    {
        var framed = Frame(new HealthCheckResponse { Status = HealthCheckResponse.Types.ServingStatus.Serving });
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2);
        });

        var app = builder.Build();
        app.Run(async context =>
        {
            // Read the request to its end, as any gRPC server must, then answer without an early flush: headers,
            // message and trailers leave together when the delegate returns, as Court.Grpc's unary replies do.
            var reader = context.Request.BodyReader;
            while (true)
            {
                var read = await reader.ReadAsync();
                reader.AdvanceTo(read.Buffer.End);
                if (read.IsCompleted) break;
            }

            var response = context.Response;
            response.ContentType = "application/grpc";
            response.Headers["grpc-accept-encoding"] = "identity";
            response.AppendTrailer("grpc-status", "0");
            framed.CopyTo(response.BodyWriter.GetSpan(framed.Length));
            response.BodyWriter.Advance(framed.Length);
        });

        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return (app, new Uri($"http://127.0.0.1:{new Uri(bound.Replace("://+", "://localhost", StringComparison.Ordinal)).Port}"));
    }

    private static byte[] Frame(IMessage message)
    {
        var body = message.ToByteArray();
        var framed = new byte[5 + body.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(framed.AsSpan(1), (uint)body.Length);
        body.CopyTo(framed, 5);
        return framed;
    }

    /// <summary>Both endpoints must answer a real gRPC client with SERVING and OK, or the comparison means nothing.</summary>
    private static async Task SelfCheckAsync(Uri grpc, Uri bare)
    {
        using var http = GrpcClient.CreateInvoker();
        foreach (var address in new[] { grpc, bare })
        {
            var reply = await new GrpcClient(http, address).UnaryAsync(Check, new HealthCheckRequest());
            if (reply.Status != HealthCheckResponse.Types.ServingStatus.Serving)
                throw new InvalidOperationException($"{address} answered {reply.Status}.");
        }
    }
}
