using Court.GovData.Bridge.V1;
using Court.Kernel.GovData;
using Court.Kernel.Problems;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Court.GovDataBridge.Features;

/// <summary>What the module's REST endpoints share: purpose names, JSON of protobuf replies, and problems in Chinese.</summary>
internal static class GovDataHttp
{
    public const string PurposePattern = "^(filing-verification|enforcement-investigation|bankruptcy-investigation)$";
    public const string PurposeMessage = "用途须为 filing-verification（立案核验）、enforcement-investigation（执行查控）或 bankruptcy-investigation（破产调查）。";

    private static readonly JsonFormatter Json = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));

    public static Purpose ParsePurpose(string purpose) => purpose switch
    {
        "filing-verification" => Purpose.FilingVerification,
        "enforcement-investigation" => Purpose.EnforcementInvestigation,
        "bankruptcy-investigation" => Purpose.BankruptcyInvestigation,
        _ => Purpose.Unspecified,
    };

    /// <summary>
    /// Which kind of identifier was typed: 17 digits (and a check character) is an ID number; anything else is taken as a
    /// credit code, so a mistyped one is explained as a credit code.
    /// </summary>
    public static bool LooksLikeCreditCode(string identifier) => !identifier.Take(17).All(char.IsAsciiDigit);

    public static global::GovData.Platform.V1.SubjectRef SubjectFor(string identifier) => LooksLikeCreditCode(identifier)
        ? new() { CreditCode = identifier }
        : new() { ResidentIdNumber = identifier };

    /// <summary>A protobuf reply as JSON (proto3 JSON mapping: lowerCamelCase, int64 as strings).</summary>
    public static IResult Reply(IMessage reply) => Results.Content(Json.Format(reply), "application/json; charset=utf-8");

    public static ProblemHttpResult Denied(string reason) =>
        TypedResults.Problem(reason, statusCode: StatusCodes.Status403Forbidden, title: "无权查询", type: ProblemTypes.Forbidden);

    public static ProblemHttpResult Failed(GovDataException e) => TypedResults.Problem(
        e.Message, statusCode: e.HttpStatus, title: TitleOf(e.HttpStatus), type: ProblemTypes.For(SlugOf(e.HttpStatus)));

    private static string TitleOf(int status) => status switch
    {
        400 => "提交的内容有误",
        401 or 403 => "无权查询",
        404 => "未查询到信息",
        409 => "请求冲突",
        429 => "请求过于频繁",
        _ => "政务数据平台暂时无法答复",
    };

    private static string SlugOf(int status) => status switch
    {
        400 => "validation",
        401 or 403 => "forbidden",
        404 => "not-found",
        409 => "conflict",
        429 => "too-many-requests",
        _ => "gov-data-unavailable",
    };
}
