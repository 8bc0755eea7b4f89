using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Court.Host.Problems;

/// <summary>
/// The court's limits on a request's target and headers, enforced in the pipeline so a refusal is a Chinese ProblemDetails
/// (414, 431) instead of Kestrel's empty answer. Kestrel keeps larger outer limits, where it alone can refuse, so memory
/// per connection stays bounded (ADR 0013).
/// </summary>
internal static class RequestLimits
{
    public const int MaxTargetLength = 8 * 1024;
    public const int MaxHeadersTotalSize = 32 * 1024;
    public const int MaxHeaderCount = 100;

    public static IServiceCollection AddCourtRequestLimits(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(o =>
        {
            o.Limits.MaxRequestLineSize = 4 * MaxTargetLength;
            o.Limits.MaxRequestHeadersTotalSize = 4 * MaxHeadersTotalSize;
            o.Limits.MaxRequestHeaderCount = 4 * MaxHeaderCount;
        });

    public static IApplicationBuilder UseCourtRequestLimits(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (Refusal(http.Request) is { } refusal)
        {
            await refusal.ExecuteAsync(http);
            return;
        }
        await next(http);
    });

    private static IResult? Refusal(HttpRequest request)
    {
        var target = (request.PathBase.Value?.Length ?? 0) + (request.Path.Value?.Length ?? 0) + (request.QueryString.Value?.Length ?? 0);
        if (target > MaxTargetLength) return CourtProblems.UriTooLong(MaxTargetLength / 1024);
        var headers = 0;
        foreach (var (name, values) in request.Headers) headers += name.Length + values.ToString().Length + 4;
        if (headers > MaxHeadersTotalSize || request.Headers.Count > MaxHeaderCount)
            return CourtProblems.HeadersTooLarge(MaxHeadersTotalSize / 1024, MaxHeaderCount);
        return null;
    }
}
