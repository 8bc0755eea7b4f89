using System.ComponentModel.DataAnnotations;
using Court.Kernel.Fees;
using Court.Kernel.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Court.Host.Features.Fees;

internal sealed record EstimateFeeRequest(
    [property: Required(ErrorMessage = "请选择收费类型。")] string? Kind,
    [property: Range(typeof(decimal), "0", "10000000000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "金额须在0至10万亿元之间。")] decimal? Amount,
    IReadOnlyList<string>? Reductions) : IValidatableObject
{
    internal static readonly Dictionary<string, FeeKind> Kinds = new(StringComparer.Ordinal)
    {
        ["property"] = FeeKind.Property, ["enforcement"] = FeeKind.Enforcement, ["preservation"] = FeeKind.Preservation,
        ["payment-order"] = FeeKind.PaymentOrder, ["bankruptcy"] = FeeKind.Bankruptcy, ["labour"] = FeeKind.Labour,
        ["divorce"] = FeeKind.Divorce, ["personality"] = FeeKind.Personality, ["ip"] = FeeKind.IntellectualProperty,
        ["administrative"] = FeeKind.Administrative, ["non-property"] = FeeKind.NonProperty,
        ["administrative-trademark-patent-maritime"] = FeeKind.TrademarkPatentMaritimeAdministrative,
    };

    internal static readonly Dictionary<string, FeeReduction> ReductionNames = new(StringComparer.Ordinal)
    {
        ["summary-procedure"] = FeeReduction.SummaryProcedure, ["mediation"] = FeeReduction.Mediation,
        ["withdrawal"] = FeeReduction.Withdrawal, ["merged-counterclaim"] = FeeReduction.MergedCounterclaim,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind is not null && !Kinds.ContainsKey(Kind))
            yield return new ValidationResult($"不支持的收费类型：{Kind}。", [nameof(Kind)]);
        foreach (var reduction in Reductions ?? [])
            if (reduction is null || !ReductionNames.ContainsKey(reduction))
                yield return new ValidationResult($"不支持的减半事由：{reduction}。", [nameof(Reductions)]);
    }
}

internal sealed record FeeLineView(string Item, decimal Amount);

internal sealed record FeeEstimateView(decimal Fee, string Basis, IReadOnlyList<FeeLineView> Breakdown);

/// <summary>A public calculator of the fee to prepay when filing (诉讼费用交纳办法), on Fujian's schedule.</summary>
internal static class EstimateFee
{
    internal static void MapEstimateFee(this RouteGroupBuilder api) =>
        api.MapPost("/fees/estimate", Handle).AllowAnonymous().WithSummary("诉讼费用计算");

    internal static Results<Ok<FeeEstimateView>, ValidationProblem> Handle(EstimateFeeRequest request)
    {
        var kind = EstimateFeeRequest.Kinds[request.Kind!];
        var reductions = (request.Reductions ?? []).Select(r => EstimateFeeRequest.ReductionNames[r]).ToList();
        FeeEstimate estimate;
        try
        {
            estimate = LitigationFees.Estimate(kind, request.Amount, reductions, FeeSchedule.Fujian);
        }
        catch (ArgumentException e)
        {
            // The kernel owns the rules that depend on the kind (an amount is required; application fees are not halved).
            var field = e.ParamName == "reductions" ? "reductions" : "amount";
            var message = e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] },
                detail: message, type: ProblemTypes.Validation);
        }
        return TypedResults.Ok(new FeeEstimateView(estimate.Fee.Yuan, estimate.Basis,
            estimate.Breakdown.Select(l => new FeeLineView(l.Item, l.Amount)).ToList()));
    }
}
