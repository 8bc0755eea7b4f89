using System.Threading.RateLimiting;
using Court.Host.Access;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Court.Host.Litigation.Progress;

internal sealed class CaseProgressQueryOptions
{
    public const string Section = "Court:Progress:CaseQuery";

    /// <summary>Queries one signed-in user (or, failing that, one client address) may make per <see cref="WindowSeconds"/>.</summary>
    public int PermitLimit { get; set; } = 60;

    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// One fixed-window budget per signed-in user for <c>GET /api/cases/{caseNumber}/progress</c>: enough for a person following
/// their cases, far too little to walk the register's numbers (ADR 0013).
/// </summary>
internal sealed class CaseProgressRateLimit(IOptions<CaseProgressQueryOptions> options) : IRateLimiterPolicy<string>
{
    public const string Policy = "progress-case-query";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, _) =>
        RateLimitRejection.WriteAsync(context.HttpContext,
            context.HttpContext.RequestServices.GetRequiredService<IOptions<CaseProgressQueryOptions>>().Value.WindowSeconds);

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var o = options.Value;
        var key = httpContext.User.TryGetUserId(out var userId)
            ? $"user:{userId}"
            : $"address:{httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = o.PermitLimit,
            Window = TimeSpan.FromSeconds(o.WindowSeconds),
            QueueLimit = 0,
        });
    }
}
