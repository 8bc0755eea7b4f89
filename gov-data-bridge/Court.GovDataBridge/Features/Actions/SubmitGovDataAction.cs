using System.ComponentModel.DataAnnotations;
using Court.GovData.Bridge.V1;
using Court.Kernel.GovData;
using GovData.Platform.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SubmitActionRequest = Court.GovData.Bridge.V1.SubmitActionRequest;
using GetActionRequest = Court.GovData.Bridge.V1.GetActionRequest;

namespace Court.GovDataBridge.Features.Actions;

/// <summary>An assistance request (freeze, seize, ...) for a case; sent exactly once however often it is submitted.</summary>
internal sealed record GovDataActionRequest(
    [property: Required(ErrorMessage = "请说明用途。")]
    [property: RegularExpression(GovDataHttp.PurposePattern, ErrorMessage = GovDataHttp.PurposeMessage)]
    string Purpose,
    [property: Required(ErrorMessage = "请为该请求提供幂等键，重复提交时使用同一个键。")]
    [property: StringLength(200, MinimumLength = 1, ErrorMessage = "幂等键为1至200个字符。")]
    string IdempotencyKey,
    [property: Required(ErrorMessage = "请说明请求类型。")]
    [property: RegularExpression("^(freeze|unfreeze|seize|deduct|credit-repair|deregistration-notice)$",
        ErrorMessage = "请求类型须为 freeze、unfreeze、seize、deduct、credit-repair 或 deregistration-notice。")]
    string Kind,
    [property: Required(ErrorMessage = "请填写被执行人的公民身份号码或统一社会信用代码。")]
    [property: StringLength(18, MinimumLength = 18, ErrorMessage = "公民身份号码和统一社会信用代码都是18位。")]
    string Identifier,
    [property: StringLength(100, ErrorMessage = "财产编号不超过100个字符。")]
    string? AssetId = null,
    [property: Range(0, long.MaxValue, ErrorMessage = "金额不能为负数。")]
    long AmountFen = 0,
    [property: StringLength(100, ErrorMessage = "文书编号不超过100个字符。")]
    string? DocumentNumber = null,
    [property: StringLength(500, ErrorMessage = "事由不超过500个字。")]
    string? Reason = null);

internal static class SubmitGovDataAction
{
    public static IEndpointRouteBuilder MapGovDataActions(this IEndpointRouteBuilder cases)
    {
        cases.MapPost("/{caseId:guid}/gov-data/actions", SubmitAsync)
            .WithName("SubmitGovDataAction")
            .WithSummary("发出协助执行请求（冻结、查封、扣划等），同一幂等键只执行一次");
        cases.MapGet("/{caseId:guid}/gov-data/actions/{idempotencyKey}", GetAsync)
            .WithName("GetGovDataAction")
            .WithSummary("查看协助执行请求的进度");
        return cases;
    }

    private static async Task<IResult> SubmitAsync(
        Guid caseId, GovDataActionRequest request, HttpContext http, IGovDataGrants grants, IGovDataBridgeClient bridge, CancellationToken ct)
    {
        var issued = await grants.IssueForCaseAsync(http.User, caseId, GovDataHttp.ParsePurpose(request.Purpose), [GovDataCategory.Actions], ct);
        if (!issued.Granted) return GovDataHttp.Denied(issued.DeniedReason!);
        var subject = GovDataHttp.SubjectFor(request.Identifier);
        try
        {
            var status = await bridge.SubmitActionAsync(issued.Token!, new SubmitActionRequest
            {
                Context = issued.Grant!.ContextFor(http.TraceIdentifier),
                IdempotencyKey = request.IdempotencyKey,
                Kind = Enum.Parse<ActionKind>(request.Kind.Replace("-", "", StringComparison.Ordinal), ignoreCase: true),
                Subject = subject,
                AssetId = request.AssetId ?? "",
                AmountFen = request.AmountFen,
                DocumentNumber = request.DocumentNumber ?? "",
                Reason = request.Reason ?? "",
            }, ct);
            return GovDataHttp.Reply(status);
        }
        catch (GovDataException e)
        {
            return GovDataHttp.Failed(e);
        }
    }

    private static async Task<IResult> GetAsync(
        Guid caseId, string idempotencyKey, string? purpose, HttpContext http, IGovDataGrants grants, IGovDataBridgeClient bridge, CancellationToken ct)
    {
        var issued = await grants.IssueForCaseAsync(http.User, caseId, GovDataHttp.ParsePurpose(purpose ?? ""), [GovDataCategory.Actions], ct);
        if (!issued.Granted) return GovDataHttp.Denied(issued.DeniedReason!);
        try
        {
            return GovDataHttp.Reply(await bridge.GetActionAsync(issued.Token!,
                new GetActionRequest { Context = issued.Grant!.ContextFor(http.TraceIdentifier), IdempotencyKey = idempotencyKey }, ct));
        }
        catch (GovDataException e)
        {
            return GovDataHttp.Failed(e);
        }
    }
}
