using Court.Kernel.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Court.Host.Litigation.Progress;

internal static class ProgressProblems
{
    public static readonly string InvalidCaseNumberType = ProblemTypes.For("invalid-case-number");
    public static readonly string PublicQueryNotFoundType = ProblemTypes.For("progress-query-not-found");

    public static ProblemHttpResult InvalidCaseNumber() => TypedResults.Problem(
        type: InvalidCaseNumberType, title: "Invalid case number", statusCode: StatusCodes.Status400BadRequest,
        detail: "案号格式不正确，请按受理通知书上的案号填写，例如（2026）闽0203民初1号。");

    /// <summary>The one answer for an unknown case number and a case the caller is not on, so neither can be probed (ADR 0013).</summary>
    public static ProblemHttpResult NoCaseOfYours() => TypedResults.Problem(
        type: ProblemTypes.NotFound, title: "Case not found", statusCode: StatusCodes.Status404NotFound,
        detail: "没有找到您可查看的这个案号的案件。请核对案号；您不是本案的当事人、诉讼代理人或承办人员时，"
            + "可凭受理通知书上的查询码在“案件进度公开查询”中查询。");

    public static ProblemHttpResult NotCourtStaffOfCase() => TypedResults.Problem(
        type: ProblemTypes.Forbidden, title: "Forbidden", statusCode: StatusCodes.Status403Forbidden,
        detail: "只有本案的承办法官、法官助理或立案法官可以发布案件进度。");

    /// <summary>The one answer for a wrong query code and an unknown case number alike, so neither can be probed.</summary>
    public static ProblemHttpResult PublicQueryNotFound() => TypedResults.Problem(
        type: PublicQueryNotFoundType, title: "Not found", statusCode: StatusCodes.Status404NotFound,
        detail: PublicQueryNotFoundDetail);

    public const string PublicQueryNotFoundDetail = "没有查到与该案号和查询码相符的案件，请核对受理通知书上的案号和查询码后重试。";

    public static ProblemHttpResult KeyReused() => TypedResults.Problem(
        type: ProblemTypes.Conflict, title: "Idempotency key reused", statusCode: StatusCodes.Status409Conflict,
        detail: "该幂等键已用于本案另一条不同的进度，请为新的进度使用新的幂等键。");

    public static ProblemHttpResult Invalid(string field, string message) => TypedResults.Problem(
        type: ProblemTypes.Validation, title: "Bad request", statusCode: StatusCodes.Status400BadRequest,
        detail: "提交的内容有误，请按提示修改后重试。", extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });
}
