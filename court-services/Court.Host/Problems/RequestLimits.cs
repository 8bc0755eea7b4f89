using Court.Kernel.Problems;
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
        var target = request.PathBase.Value?.Length + request.Path.Value?.Length + request.QueryString.Value?.Length ?? 0;
        if (target > MaxTargetLength)
            return Problem(StatusCodes.Status414UriTooLong, "uri-too-long", "URI too long",
                $"请求地址过长（超过 {MaxTargetLength / 1024} KB），请缩短查询条件后重试。");
        var headers = 0;
        foreach (var (name, values) in request.Headers) headers += name.Length + values.ToString().Length + 4;
        if (headers > MaxHeadersTotalSize || request.Headers.Count > MaxHeaderCount)
            return Problem(StatusCodes.Status431RequestHeaderFieldsTooLarge, "headers-too-large", "Request header fields too large",
                $"请求头过大（超过 {MaxHeadersTotalSize / 1024} KB 或 {MaxHeaderCount} 项）。请清除本站的 Cookie 后重试。");
        return null;
    }

    private static IResult Problem(int status, string type, string title, string detail) =>
        TypedResults.Problem(type: ProblemTypes.For(type), title: title, statusCode: status, detail: detail);
}
