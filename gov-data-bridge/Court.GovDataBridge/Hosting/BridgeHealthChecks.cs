using Court.GovDataBridge.Persistence;
using Court.GovDataBridge.Platform;
using Grpc.Core;
using Grpc.Health.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Court.GovDataBridge.Hosting;

/// <summary>The bridge can reach its database (snapshots, the action queue).</summary>
internal sealed class BridgeDatabaseCheck(IServiceProvider court) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = court.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BridgeDb>();
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("桥接服务无法连接数据库。");
    }
}

/// <summary>The government platform answers its own health check SERVING within two seconds.</summary>
internal sealed class PlatformReachabilityCheck(IServiceProvider court) : IHealthCheck
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var clients = await court.GetRequiredService<PlatformConnection>().ClientsAsync(cancellationToken);
        try
        {
            var reply = await clients.Health.CheckAsync(new HealthCheckRequest(), deadline: TimeProvider.System.GetUtcNow().UtcDateTime + Deadline /* gRPC deadlines are on the machine's clock */, cancellationToken: cancellationToken);
            return reply.Status == HealthCheckResponse.Types.ServingStatus.Serving
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"政务数据平台报告状态为 {reply.Status}。");
        }
        catch (RpcException e)
        {
            return HealthCheckResult.Unhealthy($"政务数据平台无法访问（{e.StatusCode}）。");
        }
    }
}
