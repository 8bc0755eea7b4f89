using System.ComponentModel.DataAnnotations;
using Court.GovData.Bridge.V1;
using Court.Kernel.GovData;
using Court.Kernel.Problems;
using GovData.Platform.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Court.GovDataBridge.Features.Queries;

/// <summary>One query of government data for a case, through the bridge, by an officer the case authorises.</summary>
internal sealed record GovDataQueryRequest(
    [property: Required(ErrorMessage = "请说明查询用途。")]
    [property: RegularExpression(GovDataHttp.PurposePattern, ErrorMessage = GovDataHttp.PurposeMessage)]
    string Purpose,
    [property: Required(ErrorMessage = "请说明查询内容。")]
    [property: RegularExpression("^(subject|assets|social-security)$", ErrorMessage = "查询内容须为 subject（主体）、assets（财产）或 social-security（社保）。")]
    string Kind,
    [property: Required(ErrorMessage = "请填写公民身份号码或统一社会信用代码。")]
    [property: StringLength(18, MinimumLength = 18, ErrorMessage = "公民身份号码和统一社会信用代码都是18位。")]
    string Identifier,
    [property: StringLength(100, ErrorMessage = "姓名或名称不超过100个字。")]
    string? Name = null,
    string?[]? AssetCategories = null);

internal static class QueryGovData
{
    public static RouteHandlerBuilder MapQueryGovData(this IEndpointRouteBuilder cases) =>
        cases.MapPost("/{caseId:guid}/gov-data/queries", HandleAsync)
            .WithName("QueryGovData")
            .WithSummary("查询政务数据（主体、财产、社保），结果存为本案快照");

    private static async Task<IResult> HandleAsync(
        Guid caseId, GovDataQueryRequest request, HttpContext http, IGovDataGrants grants, IGovDataBridgeClient bridge, CancellationToken ct)
    {
        var unknown = (request.AssetCategories ?? [])
            .Where(n => n is null || !AssetCategoryNames.ContainsKey(n)).Select(n => n ?? "（空）").ToList();
        if (unknown.Count > 0) return UnknownAssetCategories(unknown);

        var category = request.Kind switch
        {
            "assets" => GovDataCategory.Assets,
            "social-security" => GovDataCategory.SocialSecurity,
            _ => GovDataCategory.Subject,
        };
        var issued = await grants.IssueForCaseAsync(http.User, caseId, GovDataHttp.ParsePurpose(request.Purpose), [category], ct);
        if (!issued.Granted) return GovDataHttp.Denied(issued.DeniedReason!);

        var context = issued.Grant!.ContextFor(http.TraceIdentifier);
        var legal = GovDataHttp.LooksLikeCreditCode(request.Identifier);
        var subject = GovDataHttp.SubjectFor(request.Identifier);
        try
        {
            return category switch
            {
                GovDataCategory.Assets => GovDataHttp.Reply(await bridge.QueryAssetsAsync(issued.Token!,
                    new QueryAssetsRequest { Context = context, Subject = subject, Categories = { (request.AssetCategories ?? []).Select(n => AssetCategoryNames[n!]) } }, ct)),
                GovDataCategory.SocialSecurity => GovDataHttp.Reply(await bridge.QuerySocialSecurityAsync(issued.Token!, legal
                    ? new QuerySocialSecurityRequest { Context = context, EmployerCreditCode = request.Identifier }
                    : new QuerySocialSecurityRequest { Context = context, ResidentIdNumber = request.Identifier }, ct)),
                _ => GovDataHttp.Reply(await bridge.QuerySubjectAsync(issued.Token!,
                    new QuerySubjectRequest { Context = context, Subject = subject, Name = request.Name ?? "" }, ct)),
            };
        }
        catch (GovDataException e)
        {
            return GovDataHttp.Failed(e);
        }
    }

    private static readonly Dictionary<string, AssetCategory> AssetCategoryNames = new(StringComparer.Ordinal)
    {
        ["real-estate"] = AssetCategory.RealEstate,
        ["vehicle"] = AssetCategory.Vehicle,
        ["bank-deposit"] = AssetCategory.BankDeposit,
        ["securities"] = AssetCategory.Securities,
        ["equity-stake"] = AssetCategory.EquityStake,
        ["housing-fund"] = AssetCategory.HousingFund,
    };

    private static IResult UnknownAssetCategories(IEnumerable<string> unknown) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]>
        {
            ["assetCategories"] = [$"不认识的财产类别：{string.Join("、", unknown)}。可选 real-estate、vehicle、bank-deposit、securities、equity-stake、housing-fund，不填则查询全部。"],
        },
        detail: "提交的内容有误，请按提示修改后重试。", type: ProblemTypes.Validation);
}
