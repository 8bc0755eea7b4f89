using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Court.GovDataBridge.Hosting;

/// <summary>Where one gRPC app listens; with <see cref="Tls"/> it serves HTTPS (and may demand client certificates).</summary>
internal sealed record GrpcListen(IPAddress Address, int Port, HttpsConnectionAdapterOptions? Tls = null);

/// <summary>
/// A lean ASP.NET Core app for one gRPC surface (the bridge, the sandbox platform): Kestrel alone, HTTP/2 only, the
/// caller's logging, and a lifetime owned by the caller.
/// </summary>
internal static class GrpcApp
{
    public static WebApplicationBuilder CreateBuilder(GrpcListen listen, ILoggerFactory logs)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton(logs);
        builder.Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        builder.Services.AddSingleton<IHostLifetime, CallerOwnedLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(listen.Address, listen.Port, endpoint =>
            {
                endpoint.Protocols = HttpProtocols.Http2;
                if (listen.Tls is { } tls) endpoint.UseHttps(tls);
            });
        });
        return builder;
    }

    public static async Task<RunningGrpcApp> StartAsync(WebApplication app, GrpcListen listen, CancellationToken ct)
    {
        try
        {
            await app.StartAsync(ct);
            return new RunningGrpcApp(app, ClientAddress(app, listen));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private static Uri ClientAddress(WebApplication app, GrpcListen listen)
    {
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(bound.Replace("://+", "://localhost", StringComparison.Ordinal)).Port;
        var host = listen.Address switch
        {
            var any when any.Equals(IPAddress.Any) => "127.0.0.1",
            var any when any.Equals(IPAddress.IPv6Any) || any.Equals(IPAddress.IPv6Loopback) => "[::1]",
            { AddressFamily: AddressFamily.InterNetworkV6 } v6 => $"[{v6}]",
            var ip => ip.ToString(),
        };
        return new Uri($"{(listen.Tls is null ? "http" : "https")}://{host}:{port}");
    }
}

/// <summary>A started <see cref="GrpcApp"/> and the address clients dial, e.g. <c>http://127.0.0.1:50312</c>.</summary>
internal sealed class RunningGrpcApp(WebApplication app, Uri address) : IAsyncDisposable
{
    private int _stopped;

    public Uri Address { get; } = address;

    public IServiceProvider Services => app.Services;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0) await app.StopAsync();
        await app.DisposeAsync();
    }
}
