using Court.Kernel.Dossier;
using Court.Kernel.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Court.EDossier;

/// <summary>Expected failures of the dossier endpoints: stable type, English title, Chinese detail.</summary>
internal static class DossierProblems
{
    public static ProblemHttpResult CaseNotFound() => TypedResults.Problem(
        type: ProblemTypes.NotFound, title: "Case not found", statusCode: StatusCodes.Status404NotFound,
        detail: "没有找到这个案件，请核对案号或链接。");

    public static ProblemHttpResult DocumentNotFound() => TypedResults.Problem(
        type: ProblemTypes.NotFound, title: "Document not found", statusCode: StatusCodes.Status404NotFound,
        detail: "本案卷宗中没有这份材料，请刷新卷宗目录后重试。");

    public static ProblemHttpResult FilingNotFound() => TypedResults.Problem(
        type: ProblemTypes.NotFound, title: "Filing not found", statusCode: StatusCodes.Status404NotFound,
        detail: "没有找到这份立案申请的材料，请核对链接；如刚提交，请稍后刷新。");

    public static ProblemHttpResult FilingDocumentNotFound() => TypedResults.Problem(
        type: ProblemTypes.NotFound, title: "Document not found", statusCode: StatusCodes.Status404NotFound,
        detail: "这份立案申请中没有这份材料，请刷新材料目录后重试。");

    public static ProblemHttpResult NotInFiling() =>
        Forbidden("您不是这份立案申请的提交人或代理律师，也不是审查该申请的立案人员，不能查阅其材料。");

    public static ProblemHttpResult FilingNotEditable() => TypedResults.Problem(
        type: ProblemTypes.Conflict, title: "Filing not editable", statusCode: StatusCodes.Status409Conflict,
        detail: "这份立案申请已提交审查，暂不能补充材料；立案法官通知补正后，可以在补正期限内上传。");

    public static ProblemHttpResult FilingReadingUnavailable() =>
        Forbidden("本平台尚未开通网上立案材料查阅，请到法院诉讼服务中心查阅立案申请材料。");

    public static ProblemHttpResult FilingBecameCase(Guid caseId, string? caseNumber) => TypedResults.Problem(
        type: ProblemTypes.For("filing-became-case"), title: "Filing is a case", statusCode: StatusCodes.Status409Conflict,
        detail: $"这份立案申请已经立案{(caseNumber is null ? "" : $"，案号为{caseNumber}")}，其材料已转入案件卷宗，请到案件卷宗中查阅。",
        extensions: new Dictionary<string, object?> { ["caseId"] = caseId, ["caseNumber"] = caseNumber });

    public static ProblemHttpResult NotInCase() =>
        Forbidden("您不是本案的当事人、诉讼代理人或承办人员，不能查阅本案卷宗。如您已委托或受托，请先完成授权委托确认。");

    public static ProblemHttpResult NotForThisVolume() => Forbidden("副卷仅供承办法官和法官助理查阅。");

    public static ProblemHttpResult NotRelatedCase(string from, string to) => TypedResults.Problem(
        type: ProblemTypes.For("cases-not-related"), title: "Cases not related", statusCode: StatusCodes.Status409Conflict,
        detail: $"{to} 与 {from} 没有上诉、申请执行、执转破或再审等程序上的关联，不能移送卷宗。请核对接收案件。");

    public static ProblemHttpResult NotForCourtInTarget(string to) =>
        Forbidden($"您不是接收案件 {to} 的承办人员，不能向其移送卷宗。请由同时承办两案的人员移送，或先办理接收案件的承办分配。");

    public static ProblemHttpResult NotForCourtOnly() => Forbidden("该操作只能由本案承办人员进行。");

    public static ProblemHttpResult Sealed(string caseNumber) => TypedResults.Problem(
        type: ProblemTypes.For("dossier-sealed"), title: "Dossier sealed", statusCode: StatusCodes.Status409Conflict,
        detail: $"{caseNumber} 已结案，卷宗已封存归档，不能再添加材料。如需补充，请联系承办法官。");

    public static ProblemHttpResult NotSealed(string caseNumber) => TypedResults.Problem(
        type: ProblemTypes.For("dossier-not-sealed"), title: "Dossier not sealed", statusCode: StatusCodes.Status409Conflict,
        detail: $"{caseNumber} 尚未结案，卷宗未封存，暂不能生成归档包。");

    public static ProblemHttpResult Refused(DossierRefusal refusal) => TypedResults.Problem(
        type: ProblemTypes.For(refusal.Code), title: "Upload refused", statusCode: refusal.Status, detail: refusal.Detail);

    /// <summary>A stored document that failed the checks on reading (stored before them, or damaged): reported, never fatal.</summary>
    public static ProblemHttpResult Unreadable(Ingest.IngestRefusal why) => TypedResults.Problem(
        type: ProblemTypes.For("document-unreadable"), title: "Document cannot be opened safely", statusCode: StatusCodes.Status422UnprocessableEntity,
        detail: $"这份材料无法安全打开，不能生成阅览件：{why.Detail} 原件仍保存在卷宗中，请联系承办人员核查或由提交人重新提交。",
        extensions: new Dictionary<string, object?> { ["reason"] = why.Code });

    private static ProblemHttpResult Forbidden(string detail) => TypedResults.Problem(
        type: ProblemTypes.Forbidden, title: "Forbidden", statusCode: StatusCodes.Status403Forbidden, detail: detail);

    public static ProblemHttpResult MalformedForm() => TypedResults.Problem(
        type: ProblemTypes.For("malformed-form"), title: "Malformed multipart form", statusCode: StatusCodes.Status400BadRequest,
        detail: "上传的表单不完整或格式不正确，未能读取。请刷新页面后重新选择文件上传；如使用接口，请按 multipart/form-data 格式"
            + "依次提交 category、title 和 file，每段的头部不超过 16 KB。");

    public static ProblemHttpResult Invalid(string field, string message) => TypedResults.Problem(
        type: ProblemTypes.Validation, title: "Bad request", statusCode: StatusCodes.Status400BadRequest, detail: message,
        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });
}
