namespace Court.Host;

/// <summary>
/// <c>Cache-Control: no-store</c> on every answer that may carry personal data: the API, anything served to a signed-in
/// caller (pages, documents) and every PDF or archive, whoever asked. No browser, proxy or shared computer keeps a copy.
/// Static assets are served before authentication runs, so they stay cacheable.
/// </summary>
internal static class NoStore
{
    public static IApplicationBuilder UseNoStoreForPersonalData(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (IsPersonal(context)) context.Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            await next();
        });

    private static bool IsPersonal(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
        || context.User.Identity?.IsAuthenticated == true
        || context.Response.ContentType is { } type
            && (type.StartsWith("application/pdf", StringComparison.OrdinalIgnoreCase) || type.StartsWith("application/zip", StringComparison.OrdinalIgnoreCase));
}
