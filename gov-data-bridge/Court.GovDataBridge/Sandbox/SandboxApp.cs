using Court.GovDataBridge.Hosting;
using Grpc.Health.V1;
using Grpc.HealthCheck;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Court.GovDataBridge.Sandbox;

/// <summary>
/// The sandbox platform on the standard gRPC server: its four services, the key check, rate limit, latency and faults
/// as interceptors (in that order), the stock health service (SERVING while it runs) and server reflection.
/// </summary>
internal static class SandboxApp
{
    public static async Task<RunningGrpcApp> StartAsync(SandboxPlatform platform, GrpcListen listen, ILoggerFactory? logs = null, CancellationToken ct = default)
    {
        var builder = GrpcApp.CreateBuilder(listen, logs ?? NullLoggerFactory.Instance);
        builder.Services.AddSingleton(platform.Registry).AddSingleton(platform.Ledger).AddSingleton(platform.Time);
        builder.Services.AddSingleton(platform.Authentication).AddSingleton(platform.RateLimit)
            .AddSingleton(platform.Latency).AddSingleton(platform.InjectedFaults);
        builder.Services.AddGrpc(grpc =>
        {
            grpc.Interceptors.Add<PlatformAuthentication>();
            grpc.Interceptors.Add<PlatformRateLimit>();
            grpc.Interceptors.Add<InjectedLatency>();
            grpc.Interceptors.Add<InjectedFaults>();
        });
        var health = new HealthServiceImpl();
        health.SetStatus("", HealthCheckResponse.Types.ServingStatus.Serving);
        builder.Services.AddSingleton(health);
        builder.Services.AddGrpcReflection();

        var app = builder.Build();
        app.MapGrpcService<SubjectRegistryService>();
        app.MapGrpcService<AssetRegistryService>();
        app.MapGrpcService<SocialSecurityService>();
        app.MapGrpcService<ActionDeskService>();
        app.MapGrpcService<HealthServiceImpl>();
        app.MapGrpcReflectionService();
        return await GrpcApp.StartAsync(app, listen, ct);
    }
}
