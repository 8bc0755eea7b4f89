using System.Globalization;

namespace Court.Kernel.Fees;

/// <summary>
/// Fees under 诉讼费用交纳办法 (国务院令第481号) arts. 13–18. Exact in <see cref="decimal"/>; only the final
/// amount is rounded, half-up to the fen (docs/adr/0009-litigation-fees.md).
/// </summary>
public static partial class LitigationFees
{
    /// <summary>The largest amount accepted: 10^13 yuan (十万亿元), far above any real claim.</summary>
    public const decimal MaxAmount = 10_000_000_000_000m;

    private const string Order = "《诉讼费用交纳办法》";

    private readonly record struct Band(decimal Upper, decimal Rate);

    private const decimal Open = decimal.MaxValue;

    // art. 13(1): ≤ 10,000 → 50 per case, then each rate on the slice inside its band (upper bounds inclusive).
    private static readonly Band[] PropertyBands =
    [
        new(100_000m, 0.025m), new(200_000m, 0.02m), new(500_000m, 0.015m), new(1_000_000m, 0.01m),
        new(2_000_000m, 0.009m), new(5_000_000m, 0.008m), new(10_000_000m, 0.007m), new(20_000_000m, 0.006m),
        new(Open, 0.005m),
    ];

    // art. 14(1): ≤ 10,000 → 50 per case.
    private static readonly Band[] EnforcementBands =
        [new(500_000m, 0.015m), new(5_000_000m, 0.01m), new(10_000_000m, 0.005m), new(Open, 0.001m)];

    // art. 14(2): ≤ 1,000 → 30 per case; the total at most 5,000.
    private static readonly Band[] PreservationBands = [new(100_000m, 0.01m), new(Open, 0.005m)];
    private const decimal PreservationCap = 5_000m;

    // art. 13(2)1: property over 200,000 in a divorce; art. 13(2)2: damages over 50,000 for personality rights.
    private static readonly Band[] DivorceBands = [new(Open, 0.005m)];
    private static readonly Band[] PersonalityBands = [new(100_000m, 0.01m), new(Open, 0.005m)];

    private const decimal LabourPerCase = 10m;          // art. 13(4)
    private const decimal AdministrativePerCase = 50m;  // art. 13(5)2: 其他行政案件
    private const decimal TrademarkPatentMaritimePerCase = 100m;  // art. 13(5)1: 商标、专利、海事行政案件
    private const decimal BankruptcyCap = 300_000m;     // art. 14(4)

    public static FeeEstimate Estimate(FeeKind kind, decimal? amount, IReadOnlyCollection<FeeReduction> reductions, FeeSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(reductions);
        ArgumentNullException.ThrowIfNull(schedule);
        if (!Enum.IsDefined(kind)) throw new ArgumentException("不支持的收费类型。", nameof(kind));
        CheckAmount(kind, amount);

        var lines = new List<FeeLine>();
        var (fee, basis) = kind switch
        {
            FeeKind.Property => (Progressive(amount!.Value, 10_000m, 50m, "每件", PropertyBands, lines), "第十三条第（一）项"),
            FeeKind.Enforcement => amount is null
                ? (Line(lines, "未载明执行金额 每件", schedule.EnforcementWithoutAmount), "第十四条第（一）项")
                : (Progressive(amount.Value, 10_000m, 50m, "每件", EnforcementBands, lines), "第十四条第（一）项"),
            FeeKind.Preservation => (Preservation(amount ?? 0m, lines), "第十四条第（二）项"),
            FeeKind.PaymentOrder => (Share(amount!.Value, 3m, "按财产案件受理费的三分之一交纳", lines), "第十四条第（三）项"),
            FeeKind.Bankruptcy => (Bankruptcy(amount!.Value, lines), "第十四条第（四）项（破产申请费清算后交纳）"),
            FeeKind.Divorce => (Progressive(amount ?? 0m, 200_000m, schedule.DivorcePerCase, "财产总额", DivorceBands, lines), "第十三条第（二）项第1目"),
            FeeKind.Personality => (Progressive(amount ?? 0m, 50_000m, schedule.PersonalityPerCase, "赔偿金额", PersonalityBands, lines), "第十三条第（二）项第2目"),
            FeeKind.NonProperty => (Line(lines, "其他非财产案件 每件", schedule.OtherNonPropertyPerCase), "第十三条第（二）项第3目"),
            FeeKind.IntellectualProperty => amount is null
                ? (Line(lines, "知识产权民事案件（没有争议金额） 每件", schedule.IntellectualPropertyPerCase), "第十三条第（三）项")
                : (Progressive(amount.Value, 10_000m, 50m, "每件", PropertyBands, lines), "第十三条第（三）项、第（一）项"),
            FeeKind.Labour => (Line(lines, "劳动争议案件 每件", LabourPerCase), "第十三条第（四）项"),
            FeeKind.Administrative => (Line(lines, "其他行政案件 每件", AdministrativePerCase), "第十三条第（五）项"),
            FeeKind.TrademarkPatentMaritimeAdministrative =>
                (Line(lines, "商标、专利、海事行政案件 每件", TrademarkPatentMaritimePerCase), "第十三条第（五）项第1目"),
            _ => throw new ArgumentException("不支持的收费类型。", nameof(kind)),
        };
        basis = Order + basis;

        var grounds = reductions.Distinct().Order().ToList();
        if (grounds.Count > 0)
        {
            if (!IsAcceptanceFee(kind))
                throw new ArgumentException("减半交纳只适用于案件受理费；申请执行、保全、支付令和破产的申请费不予减半。", nameof(reductions));
            // 民诉法解释 art. 206: however many grounds apply, the fee is halved once.
            var half = fee / 2m;
            lines.Add(new FeeLine("减半交纳", -half));
            fee -= half;
            basis += string.Concat(grounds.Select(Citation));
            if (grounds.Count > 1) basis += "；《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百零六条（只减半一次）";
        }

        return new FeeEstimate(Money.RoundHalfUpToFen(fee), basis, lines);
    }

    /// <summary>
    /// Arts. 15, 16 and 18 halve the 案件受理费 (art. 6(1)); the art. 14 application fees (执行、保全、支付令、破产)
    /// are another category of fee and are never halved.
    /// </summary>
    public static bool IsAcceptanceFee(FeeKind kind) =>
        kind is not (FeeKind.Enforcement or FeeKind.Preservation or FeeKind.PaymentOrder or FeeKind.Bankruptcy);

    private static void CheckAmount(FeeKind kind, decimal? amount)
    {
        if (amount < 0) throw new ArgumentException("金额不能为负数。", nameof(amount));
        if (amount > MaxAmount) throw new ArgumentException("金额超出可计算的范围（不超过10万亿元）。", nameof(amount));
        if (kind is FeeKind.Property or FeeKind.PaymentOrder or FeeKind.Bankruptcy && amount is not > 0)
            throw new ArgumentException(kind switch
            {
                FeeKind.Property => "财产案件须填写大于0的争议金额。",
                FeeKind.PaymentOrder => "申请支付令须填写大于0的请求金额。",
                _ => "申请破产须填写大于0的破产财产总额。",
            }, nameof(amount));
    }

    private static string Citation(FeeReduction reduction) => reduction switch
    {
        FeeReduction.SummaryProcedure => "；第十六条（适用简易程序减半交纳）",
        FeeReduction.Mediation => "；第十五条（以调解方式结案减半交纳）",
        FeeReduction.Withdrawal => "；第十五条（申请撤诉减半交纳）",
        FeeReduction.MergedCounterclaim => "；第十八条（反诉合并审理减半交纳）",
        _ => throw new ArgumentException("不支持的减半事由。", nameof(reduction)),
    };

    private static decimal Line(List<FeeLine> lines, string item, decimal amount)
    {
        lines.Add(new FeeLine($"{item}{Yuan(amount)}元", amount));
        return amount;
    }

    /// <summary>A fixed fee up to <paramref name="floor"/> (inclusive), then each band's rate on the slice above it.</summary>
    private static decimal Progressive(decimal amount, decimal floor, decimal floorFee, string floorLabel, Band[] bands, List<FeeLine> lines)
    {
        var total = Line(lines, floorLabel == "每件" ? $"{Yuan(floor)}元以下 每件" : $"{floorLabel}{Yuan(floor)}元以下 每件", floorFee);
        var lower = floor;
        foreach (var band in bands)
        {
            if (amount <= lower) break;
            var slice = Math.Min(amount, band.Upper) - lower;
            var part = slice * band.Rate;
            var range = band.Upper == Open ? $"超过{Yuan(lower)}元部分" : $"{Yuan(lower)}元至{Yuan(band.Upper)}元部分";
            lines.Add(new FeeLine($"{range} × {Percent(band.Rate)}", part));
            total += part;
            lower = band.Upper;
        }
        return total;
    }

    private static decimal Preservation(decimal amount, List<FeeLine> lines)
    {
        var fee = Progressive(amount, 1_000m, 30m, "每件", PreservationBands, lines);
        if (fee <= PreservationCap) return fee;
        lines.Add(new FeeLine($"最多不超过{Yuan(PreservationCap)}元", PreservationCap - fee));
        return PreservationCap;
    }

    private static decimal Share(decimal amount, decimal divisor, string item, List<FeeLine> lines)
    {
        var propertyFee = Progressive(amount, 10_000m, 50m, "每件", PropertyBands, lines);
        var share = propertyFee / divisor;
        lines.Add(new FeeLine(item, share - propertyFee));
        return share;
    }

    private static decimal Bankruptcy(decimal amount, List<FeeLine> lines)
    {
        var half = Share(amount, 2m, "按财产案件受理费减半交纳", lines);
        if (half <= BankruptcyCap) return half;
        lines.Add(new FeeLine($"最高不超过{Yuan(BankruptcyCap)}元", BankruptcyCap - half));
        return BankruptcyCap;
    }

    private static string Yuan(decimal value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);

    private static string Percent(decimal rate) => (rate * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
