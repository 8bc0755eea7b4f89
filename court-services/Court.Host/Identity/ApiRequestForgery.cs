using Court.Host.Problems;
using Microsoft.AspNetCore.Antiforgery;

namespace Court.Host.Identity;

/// <summary>
/// Cross-site request forgery on the REST API (issue 11 finding 5, ADR 0013): an unsafe <c>/api</c> request that a sign-in
/// cookie authenticates must come from this origin (Origin, Sec-Fetch-Site) and carry the antiforgery token in a header.
/// A bearer token is never sent by a browser on its own, so bearer requests are not affected.
/// </summary>
internal static class ApiRequestForgery
{
    public const string HeaderName = "X-Court-Antiforgery";

    /// <summary>After authentication: whether a cookie or a bearer token signed the caller in is known only then.</summary>
    public static IApplicationBuilder UseApiRequestForgeryProtection(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (await RefusalAsync(http) is { } refusal)
        {
            await refusal.ExecuteAsync(http);
            return;
        }
        await next(http);
    });

    private static async Task<IResult?> RefusalAsync(HttpContext http)
    {
        var request = http.Request;
        if (!request.Path.StartsWithSegments("/api") || IsSafe(request.Method)) return null;
        if (IsBearer(request) || http.User.Identity?.IsAuthenticated != true) return null;

        if (!IsSameOrigin(request)) return CourtProblems.CrossOrigin();
        // Only the header is accepted: reading a form field would buffer a multipart upload before its handler streams it.
        if (string.IsNullOrEmpty(request.Headers[HeaderName])) return CourtProblems.AntiforgeryTokenMissing(HeaderName);
        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return CourtProblems.AntiforgeryTokenMissing(HeaderName);
        }
    }

    internal static bool IsBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    /// <summary>A browser says where a request comes from; a request that says nothing is left to the token.</summary>
    private static bool IsSameOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none")) return false;
        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0 || string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }
}
