using Court.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Court.Host.Health;

/// <summary>Healthy when the database answers a query against the case register.</summary>
internal sealed class DatabaseHealthCheck(CourtDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await db.Cases.AnyAsync(ct);
            return HealthCheckResult.Healthy("数据库连接正常");
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy("数据库不可用", ex);
        }
    }
}
