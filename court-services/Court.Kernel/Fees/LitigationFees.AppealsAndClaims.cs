namespace Court.Kernel.Fees;

public static partial class LitigationFees
{
    private const string Interpretation = "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》";

    /// <summary>
    /// The case acceptance fee of an appeal. Art. 17: a property case pays on the amount of the first-instance judgment
    /// the appellant contests (不服一审判决部分的上诉请求数额), not on the original claim; other kinds pay their art. 13 amount.
    /// Only mediation and withdrawal halve it: the second instance has no summary procedure and merges no counterclaim.
    /// </summary>
    public static FeeEstimate EstimateAppeal(
        FeeKind kind, decimal? appealedAmount, IReadOnlyCollection<FeeReduction> reductions, FeeSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(reductions);
        if (!IsAcceptanceFee(kind))
            throw new ArgumentException("申请执行、保全、支付令和破产的申请费没有上诉费，请选择一审案件的收费类型。", nameof(kind));
        if (kind == FeeKind.Property && appealedAmount is not > 0)
            throw new ArgumentException("财产案件的上诉须填写大于0的上诉请求数额（不服一审判决的部分）。", nameof(appealedAmount));
        if (reductions.Contains(FeeReduction.SummaryProcedure))
            throw new ArgumentException("第二审程序不适用简易程序，不能按简易程序减半交纳。", nameof(reductions));
        if (reductions.Contains(FeeReduction.MergedCounterclaim))
            throw new ArgumentException("第二审程序不合并审理反诉，不能按反诉合并审理减半交纳。", nameof(reductions));

        var estimate = Estimate(kind, appealedAmount, reductions, schedule);
        var article17 = kind == FeeKind.Property ? "第十七条（按照不服一审判决部分的上诉请求数额交纳）、" : "第十七条、";
        return estimate with { Basis = Order + article17 + estimate.Basis[Order.Length..] };
    }

    /// <summary>
    /// 民诉法解释 art. 201: several property claims in one suit are added up and the total goes through the art. 13(1)
    /// scale once (the progressive bands make this cheaper than a fee per claim). Non-property claims alongside them add
    /// nothing: a suit with any property claim pays the property fee.
    /// </summary>
    public static FeeEstimate EstimateSeveralClaims(
        IReadOnlyList<decimal> amounts, IReadOnlyCollection<FeeReduction> reductions, FeeSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        if (amounts.Count == 0) throw new ArgumentException("请至少填写一项财产性诉讼请求的金额。", nameof(amounts));
        if (amounts.Any(a => a <= 0)) throw new ArgumentException("每一项诉讼请求的金额须大于0。", nameof(amounts));
        if (amounts.Any(a => a > MaxAmount)) throw new ArgumentException("金额超出可计算的范围（不超过10万亿元）。", nameof(amounts));

        var total = amounts.Sum();
        if (total > MaxAmount) throw new ArgumentException("各项诉讼请求合计超出可计算的范围（不超过10万亿元）。", nameof(amounts));
        var estimate = Estimate(FeeKind.Property, total, reductions, schedule);
        var sum = amounts.Count == 1 ? $"{Yuan(total)}元" : $"{string.Join(" + ", amounts.Select(Yuan))} = {Yuan(total)}元";
        return estimate with { Basis = $"{estimate.Basis}；{Interpretation}第二百零一条（{amounts.Count}项财产性诉讼请求合并计算：{sum}）" };
    }
}
