using System.Net;
using System.Runtime;
using System.Runtime.InteropServices;
using Google.Protobuf;
using Grpc.HealthCheck;
using Grpc.Net.Client;
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
/// the machine, the runtime and the GC: (a) the stock gRPC server (Grpc.AspNetCore) serving the stock health service
/// (Grpc.HealthCheck's HealthServiceImpl), and (b) a bare Kestrel endpoint, configured as (a)'s Kestrel, that answers any POST with the same
/// bytes — a SERVING HealthCheckResponse in one length-prefixed message, <c>content-type: application/grpc</c>,
/// <c>grpc-accept-encoding: identity</c>, and <c>grpc-status: 0</c> as a trailer — and does nothing else.
/// </summary>
/// <remarks>
/// Usage: <c>Court.GrpcLoad [--urls-file PATH]</c>. Prints (and writes to PATH) one line per endpoint,
/// <c>stock-grpc URL</c> and <c>bare-kestrel URL</c>, then serves until SIGTERM or SIGINT.
/// </remarks>
internal static class Program
{
    private const string CheckPath = "/grpc.health.v1.Health/Check";

    private static async Task<int> Main(string[] args)
    {
        var urlsFile = args.Length == 2 && args[0] == "--urls-file" ? args[1] : null;
        if (args.Length != 0 && urlsFile is null)
        {
            await Console.Error.WriteLineAsync("usage: Court.GrpcLoad [--urls-file PATH]");
            return 2;
        }

        var (grpc, grpcAddress) = await StartStockAsync();
        await using var grpcApp = grpc;
        var (bare, bareAddress) = await StartBareAsync();
        await using var bareApp = bare;

        var grpcUrl = new Uri(grpcAddress, CheckPath);
        var bareUrl = new Uri(bareAddress, CheckPath);
        await SelfCheckAsync(grpcAddress, bareAddress);

        var lines = $"stock-grpc {grpcUrl}\nbare-kestrel {bareUrl}\n";
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

    /// <summary>The stock server as the bridge runs it (gov-data-bridge's GrpcApp): empty builder, Kestrel alone, HTTP/2 only.</summary>
    private static async Task<(WebApplication App, Uri Address)> StartStockAsync()
    {
        var builder = Lean();
        var health = new HealthServiceImpl();
        health.SetStatus("", HealthCheckResponse.Types.ServingStatus.Serving);
        builder.Services.AddSingleton(health);
        builder.Services.AddGrpc();
        var app = builder.Build();
        app.MapGrpcService<HealthServiceImpl>();
        return (app, await StartAsync(app));
    }

    private static WebApplicationBuilder Lean()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2);
        });
        return builder;
    }

    private static async Task<Uri> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new Uri($"http://127.0.0.1:{new Uri(bound.Replace("://+", "://localhost", StringComparison.Ordinal)).Port}");
    }

    /// <summary>The same Kestrel as the stock server's, with a fixed answer instead of a gRPC server.</summary>
    private static async Task<(WebApplication App, Uri Address)> StartBareAsync()
    {
        var framed = Frame(new HealthCheckResponse { Status = HealthCheckResponse.Types.ServingStatus.Serving });
        var builder = Lean();
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        app.Run(async context =>
        {
            // Read the request to its end, as any gRPC server must, then answer without an early flush: headers,
            // message and trailers leave together when the delegate returns.
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

        return (app, await StartAsync(app));
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
        foreach (var address in new[] { grpc, bare })
        {
            using var channel = GrpcChannel.ForAddress(address);
            var reply = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());
            if (reply.Status != HealthCheckResponse.Types.ServingStatus.Serving)
                throw new InvalidOperationException($"{address} answered {reply.Status}.");
        }
    }
}
