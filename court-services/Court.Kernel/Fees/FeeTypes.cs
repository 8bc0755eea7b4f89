namespace Court.Kernel.Fees;

/// <summary>What the fee is for (诉讼费用交纳办法 arts. 13–14).</summary>
public enum FeeKind
{
    /// <summary>财产案件 (art. 13(1)).</summary>
    Property,
    /// <summary>申请执行 (art. 14(1)).</summary>
    Enforcement,
    /// <summary>申请保全 (art. 14(2)).</summary>
    Preservation,
    /// <summary>申请支付令 (art. 14(3)).</summary>
    PaymentOrder,
    /// <summary>申请破产 (art. 14(4)).</summary>
    Bankruptcy,
    /// <summary>劳动争议案件 (art. 13(4)).</summary>
    Labour,
    /// <summary>离婚案件 (art. 13(2)1).</summary>
    Divorce,
    /// <summary>侵害人格权案件 (art. 13(2)2).</summary>
    Personality,
    /// <summary>知识产权民事案件 (art. 13(3)).</summary>
    IntellectualProperty,
    /// <summary>其他行政案件 (art. 13(5)).</summary>
    Administrative,
    /// <summary>其他非财产案件 (art. 13(2)3).</summary>
    NonProperty,
    /// <summary>商标、专利、海事行政案件 (art. 13(5)1).</summary>
    TrademarkPatentMaritimeAdministrative,
}

/// <summary>A ground for paying half the case acceptance fee.</summary>
public enum FeeReduction
{
    /// <summary>适用简易程序 (art. 16).</summary>
    SummaryProcedure,
    /// <summary>以调解方式结案 (art. 15).</summary>
    Mediation,
    /// <summary>申请撤诉 (art. 15).</summary>
    Withdrawal,
    /// <summary>被告提起反诉、有独立请求权的第三人提出与本案有关的诉讼请求，人民法院决定合并审理 (art. 18).</summary>
    MergedCounterclaim,
}

/// <summary>One step of the computation, in yuan, not yet rounded.</summary>
public sealed record FeeLine(string Item, decimal Amount);

/// <summary>The fee to pay (rounded half-up to the fen), the articles it rests on, and how it was reached.</summary>
public sealed record FeeEstimate(Money Fee, string Basis, IReadOnlyList<FeeLine> Breakdown);
