using Court.Kernel.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Court.Host.Problems;

/// <summary>Expected failures of the host's own endpoints, each with a stable type and a Chinese detail.</summary>
internal static class CourtProblems
{
    public static ProblemHttpResult InvalidCredentials() => TypedResults.Problem(
        type: ProblemTypes.InvalidCredentials, title: "Invalid credentials", statusCode: StatusCodes.Status401Unauthorized,
        detail: "用户名或密码不正确，请核对后重试。连续输错多次将暂时锁定账户。");

    public static ProblemHttpResult AccountLocked(DateTimeOffset? until) => TypedResults.Problem(
        type: ProblemTypes.AccountLocked, title: "Account locked", statusCode: StatusCodes.Status423Locked,
        detail: until is { } u
            ? $"因多次密码错误，账户已暂时锁定，请于 {Court.Kernel.ShanghaiTime.Format(u)} 后重试，或联系法院重置。"
            : "账户已被锁定，请联系法院处理。");

    public static ProblemHttpResult CrossOrigin() => TypedResults.Problem(
        type: ProblemTypes.For("cross-origin-request"), title: "Cross-origin request", statusCode: StatusCodes.Status403Forbidden,
        detail: "该请求来自其他网站，已拒绝。请直接在本院诉讼服务平台的页面上操作；如使用接口，请以 Authorization: Bearer 令牌调用。");

    public static ProblemHttpResult AntiforgeryTokenMissing(string headerName) => TypedResults.Problem(
        type: ProblemTypes.For("antiforgery-token"), title: "Antiforgery token missing or invalid",
        statusCode: StatusCodes.Status400BadRequest,
        detail: $"以登录状态（Cookie）提交时须附带防伪令牌：请先 GET /api/antiforgery-token，再将令牌放在请求头 {headerName} 中重新提交；"
            + "或改用 Authorization: Bearer 令牌调用接口。如在页面上操作，请刷新页面后重试。");

    public static ProblemHttpResult UriTooLong(int maxKilobytes) => TypedResults.Problem(
        type: ProblemTypes.For("uri-too-long"), title: "URI too long", statusCode: StatusCodes.Status414UriTooLong,
        detail: $"请求地址过长（超过 {maxKilobytes} KB），请缩短查询条件后重试。");

    public static ProblemHttpResult HeadersTooLarge(int maxKilobytes, int maxCount) => TypedResults.Problem(
        type: ProblemTypes.For("headers-too-large"), title: "Request header fields too large",
        statusCode: StatusCodes.Status431RequestHeaderFieldsTooLarge,
        detail: $"请求头过大（超过 {maxKilobytes} KB 或 {maxCount} 项）。请清除本站的 Cookie 后重试。");
}
