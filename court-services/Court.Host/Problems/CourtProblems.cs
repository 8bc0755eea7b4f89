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
            ? $"因多次密码错误，账户已暂时锁定，请于 {Court.Kernel.ShanghaiTime.Format(u)} 后重试，或联系法院重置。"
            : "账户已被锁定，请联系法院处理。");

    /// <summary>ADR 0014: a claimed identifier opens nothing until the account's identity is verified.</summary>
    public static ProblemHttpResult IdentityNotVerified() => TypedResults.Problem(
        type: ProblemTypes.For("identity-not-verified"), title: "Identity not verified", statusCode: StatusCodes.Status403Forbidden,
        detail: "您的身份尚未核验，暂不能查看与该身份证号码或统一社会信用代码相关的记录。请携带身份证件（律师另带执业证）到法院诉讼服务中心核验。");
}
