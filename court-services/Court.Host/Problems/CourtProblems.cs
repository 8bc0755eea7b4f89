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
        detail: until is { } u && u < DateTimeOffset.MaxValue.AddYears(-1)
            ? $"因从您所在网络多次输错密码，该账户已暂时锁定、不接受从该网络登录，请于 {Court.Kernel.ShanghaiTime.Format(u)} 后重试，或联系法院重置。"
            : "账户已被停用或锁定，请联系法院处理。");

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

    /// <summary>ADR 0014: a claimed identifier opens nothing until the account's identity is verified.</summary>
    public static ProblemHttpResult IdentityNotVerified() => TypedResults.Problem(
        type: ProblemTypes.For("identity-not-verified"), title: "Identity not verified", statusCode: StatusCodes.Status403Forbidden,
        detail: "您的身份尚未核验，暂不能查看与该身份证号码或统一社会信用代码相关的记录。请携带身份证件（律师另带执业证）到法院诉讼服务中心核验。");

    /// <summary>The client address failed too often (ADR 0014): it waits; the account itself is not locked.</summary>
    public static ProblemHttpResult TooManySignIns(TimeSpan wait) => TypedResults.Problem(
        type: ProblemTypes.TooManyRequests, title: "Too many sign-in attempts", statusCode: StatusCodes.Status429TooManyRequests,
        detail: $"登录失败次数过多，请 {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} 分钟后再试。忘记密码的，请联系法院诉讼服务中心重置。");

    public static string RetryAfterSeconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
