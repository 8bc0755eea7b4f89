namespace Court.Host.Litigation.Progress;

/// <summary>What a caller past a progress budget gets: 429 with Retry-After; on an API path also a Chinese ProblemDetails.</summary>
internal static class RateLimitRejection
{
    public static async ValueTask WriteAsync(HttpContext http, int windowSeconds)
    {
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = windowSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!http.Request.Path.StartsWithSegments("/api")) return;
        await TypedResults.Problem(type: Court.Kernel.Problems.ProblemTypes.TooManyRequests, title: "Too many requests",
            statusCode: StatusCodes.Status429TooManyRequests,
            detail: $"查询过于频繁，请 {windowSeconds} 秒后再试。").ExecuteAsync(http);
    }
}
