using Court.GovDataBridge.Bridge;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using BridgeService = Court.GovData.Bridge.V1.GovDataBridge;

namespace Court.GovDataBridge.Hosting;

/// <summary>
/// The bridge on the standard gRPC server: <see cref="GovDataBridgeService"/> behind <see cref="CallAudit"/> and
/// <see cref="GrantCheck"/>, <c>grpc.health.v1.Health</c> backed by real checks (the bridge's database, the platform's
/// health), and server reflection. Handlers are resolved, one scope per call, from <paramref name="court"/>: the
/// container that owns the bridge's database, the audit log and the job queue.
/// </summary>
internal static class BridgeApp
{
    public static async Task<RunningGrpcApp> StartAsync(IServiceProvider court, GrpcListen listen, ILoggerFactory logs, CancellationToken ct)
    {
        var builder = GrpcApp.CreateBuilder(listen, logs);
        var services = builder.Services;
        services.AddScoped(_ => new CourtScope(court.CreateAsyncScope()));
        Forward<GovDataBridgeService>(services);
        Forward<CallAudit>(services);
        Forward<GrantCheck>(services);
        services.AddGrpc(grpc =>
        {
            grpc.Interceptors.Add<CallAudit>();
            grpc.Interceptors.Add<GrantCheck>();
        });
        services.AddGrpcHealthChecks(health => health.Services.Map(BridgeService.Descriptor.FullName, _ => true))
            .AddCheck("database", new BridgeDatabaseCheck(court))
            .AddCheck("platform", new PlatformReachabilityCheck(court));
        services.AddGrpcReflection();

        var app = builder.Build();
        app.MapGrpcService<GovDataBridgeService>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        return await GrpcApp.StartAsync(app, listen, ct);
    }

    private static void Forward<T>(IServiceCollection services) where T : class =>
        services.AddScoped(sp => ActivatorUtilities.CreateInstance<T>(sp.GetRequiredService<CourtScope>().Services));

    /// <summary>The court container's scope for one call, disposed with the call.</summary>
    private sealed class CourtScope(AsyncServiceScope scope) : IAsyncDisposable
    {
        public IServiceProvider Services => scope.ServiceProvider;

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }
}
