using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Court.Grpc;

/// <summary>Runs a <see cref="GrpcServer"/> on its own lean Kestrel, HTTP/2 only.</summary>
public static class GrpcHosting
{
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(5);

    /// <param name="services">The caller's container: each call gets its own scope from it.</param>
    public static async Task<GrpcHostHandle> StartAsync(
        GrpcEndpoint endpoint,
        GrpcServer server,
        IServiceProvider services,
        ILoggerFactory? loggerFactory = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(services);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton(loggerFactory ?? NullLoggerFactory.Instance);
        builder.Services.AddSingleton<IHostLifetime, CallerOwnedLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = null; // The message size limit applies instead.
            kestrel.Listen(endpoint.Address, endpoint.Port, listen =>
            {
                listen.Protocols = HttpProtocols.Http2;
                if (endpoint.Certificate is { } certificate)
                {
                    listen.UseHttps(certificate);
                }
            });
        });

        var app = builder.Build();
        var feature = new GrpcHostContext(loggerFactory?.CreateLogger<GrpcServer>(), app.Lifetime.ApplicationStopping);
        app.Run(context =>
        {
            context.RequestServices = services;
            return server.HandleAsync(context, feature);
        });

        try
        {
            await app.StartAsync(ct);
            return new GrpcHostHandle(app, ClientAddress(app, endpoint));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private static Uri ClientAddress(WebApplication app, GrpcEndpoint endpoint)
    {
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(bound.Replace("://+", "://localhost", StringComparison.Ordinal)).Port;
        var host = endpoint.Address switch
        {
            var any when any.Equals(IPAddress.Any) => "127.0.0.1",
            var any when any.Equals(IPAddress.IPv6Any) || any.Equals(IPAddress.IPv6Loopback) => "[::1]",
            { AddressFamily: AddressFamily.InterNetworkV6 } v6 => $"[{v6}]",
            var ip => ip.ToString(),
        };
        return new Uri($"{(endpoint.Certificate is null ? "http" : "https")}://{host}:{port}");
    }
}
