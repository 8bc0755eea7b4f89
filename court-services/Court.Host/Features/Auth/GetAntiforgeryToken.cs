using Court.Host.Identity;
using Microsoft.AspNetCore.Antiforgery;

namespace Court.Host.Features.Auth;

internal sealed record AntiforgeryTokenView(string HeaderName, string Token);

/// <summary>
/// The token a cookie-signed-in caller sends in <see cref="ApiRequestForgery.HeaderName"/> with every unsafe API request; the
/// matching cookie is set on this answer. Bearer callers need none.
/// </summary>
internal static class GetAntiforgeryToken
{
    internal static void MapGetAntiforgeryToken(this RouteGroupBuilder api) =>
        api.MapGet("/antiforgery-token", Handle).RequireAuthorization().WithSummary("防伪令牌（以 Cookie 登录调用接口时使用）");

    internal static AntiforgeryTokenView Handle(HttpContext http, IAntiforgery antiforgery)
    {
        http.Response.Headers.CacheControl = "no-store";
        return new AntiforgeryTokenView(ApiRequestForgery.HeaderName, antiforgery.GetAndStoreTokens(http).RequestToken!);
    }
}
