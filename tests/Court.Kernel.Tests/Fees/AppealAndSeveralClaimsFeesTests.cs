using System.Globalization;
using Court.Kernel.Fees;

namespace Court.Kernel.Tests.Fees;

public class Estimating_an_appeal_fee
{
    private static readonly FeeReduction[] None = [];

    private static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    // art. 17: 按照不服一审判决部分的上诉请求数额交纳 — the art. 13(1) scale applied to the contested part only
    [InlineData("10000", "50")]
    [InlineData("100000", "2300")]
    [InlineData("120000", "2700")]
    [InlineData("1000000", "13800")]
    public void A_property_appeal_pays_on_the_amount_appealed(string appealed, string fee)
    {
        var estimate = LitigationFees.EstimateAppeal(FeeKind.Property, D(appealed), None, FeeSchedule.Fujian);

        estimate.Fee.Yuan.ShouldBe(D(fee));
        estimate.Basis.ShouldBe("《诉讼费用交纳办法》第十七条（按照不服一审判决部分的上诉请求数额交纳）、第十三条第（一）项");
    }

    [Fact]
    public void A_claim_of_one_million_appealed_for_120000_pays_far_less_than_the_first_instance()
    {
        // art. 17: 一审 1,000,000 → 13,800; 上诉只就 120,000 不服 → 2,700
        LitigationFees.Estimate(FeeKind.Property, 1_000_000m, None, FeeSchedule.Fujian).Fee.Yuan.ShouldBe(13_800m);
        LitigationFees.EstimateAppeal(FeeKind.Property, 120_000m, None, FeeSchedule.Fujian).Fee.Yuan.ShouldBe(2_700m);
    }

    [Theory]
    // art. 13(4) applies on appeal too: 劳动争议每件10元; art. 13(2)1: 离婚 50 + 超过20万部分0.5%
    [InlineData(FeeKind.Labour, null, "10")]
    [InlineData(FeeKind.Divorce, "300000", "550")]
    public void A_non_property_appeal_pays_its_art_13_amount(FeeKind kind, string? amount, string fee)
    {
        var estimate = LitigationFees.EstimateAppeal(kind, amount is null ? null : D(amount), None, FeeSchedule.Fujian);

        estimate.Fee.Yuan.ShouldBe(D(fee));
        estimate.Basis.ShouldStartWith("《诉讼费用交纳办法》第十七条、第十三条");
    }

    [Fact]
    public void An_appeal_settled_by_mediation_is_halved()
    {
        // art. 15: 以调解方式结案 → 减半; 2,700 / 2
        var estimate = LitigationFees.EstimateAppeal(FeeKind.Property, 120_000m, [FeeReduction.Mediation], FeeSchedule.Fujian);

        estimate.Fee.Yuan.ShouldBe(1_350m);
        estimate.Basis.ShouldContain("第十五条");
    }

    [Theory]
    // 民事诉讼法 art. 160: 简易程序 is for basic courts at first instance; 民诉法解释 art. 326: no counterclaim merged on appeal
    [InlineData(FeeReduction.SummaryProcedure, "简易程序")]
    [InlineData(FeeReduction.MergedCounterclaim, "反诉")]
    public void An_appeal_cannot_be_halved_for_first_instance_grounds(FeeReduction reduction, string message)
    {
        Should.Throw<ArgumentException>(() => LitigationFees.EstimateAppeal(FeeKind.Property, 120_000m, [reduction], FeeSchedule.Fujian))
            .Message.ShouldContain(message);
    }

    [Theory]
    [InlineData(FeeKind.Property, null, "上诉请求数额")]
    [InlineData(FeeKind.Property, "0", "上诉请求数额")]
    [InlineData(FeeKind.Enforcement, "1000", "没有上诉费")]
    [InlineData(FeeKind.Preservation, "1000", "没有上诉费")]
    public void A_missing_amount_or_an_application_fee_is_refused(FeeKind kind, string? amount, string message)
    {
        Should.Throw<ArgumentException>(() => LitigationFees.EstimateAppeal(kind, amount is null ? null : D(amount), None, FeeSchedule.Fujian))
            .Message.ShouldContain(message);
    }
}

public class Estimating_the_fee_of_several_property_claims
{
    private static readonly FeeReduction[] None = [];

    [Theory]
    // 民诉法解释 art. 201: 有多个财产性诉讼请求的，合并计算交纳诉讼费 — then art. 13(1) on the total
    [InlineData(new[] { "10000" }, "50")]
    [InlineData(new[] { "5000", "5000" }, "50")]
    [InlineData(new[] { "80000", "20000" }, "2300")]
    [InlineData(new[] { "100000", "20000" }, "2700")]
    [InlineData(new[] { "100000", "15000.50", "4999.50" }, "2700")]
    [InlineData(new[] { "500000", "500000" }, "13800")]
    public void The_claims_are_added_before_the_scale(string[] amounts, string fee)
    {
        var estimate = LitigationFees.EstimateSeveralClaims([.. amounts.Select(a => decimal.Parse(a, CultureInfo.InvariantCulture))], None, FeeSchedule.Fujian);

        estimate.Fee.Yuan.ShouldBe(decimal.Parse(fee, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void One_fee_on_the_total_is_not_the_sum_of_fees_per_claim_and_the_basis_shows_the_addition()
    {
        // art. 13(1) per claim would be 2,300 (100,000) + 300 (20,000) = 2,600; art. 201 charges 120,000 once: 2,700.
        var estimate = LitigationFees.EstimateSeveralClaims([100_000m, 20_000m], None, FeeSchedule.Fujian);

        estimate.Fee.Yuan.ShouldBe(2_700m);
        estimate.Basis.ShouldBe("《诉讼费用交纳办法》第十三条第（一）项；《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百零一条（2项财产性诉讼请求合并计算：100,000 + 20,000 = 120,000元）");
        estimate.Breakdown.Sum(l => l.Amount).ShouldBe(2_700m);
    }

    [Fact]
    public void Summary_procedure_halves_the_combined_fee_once()
    {
        // art. 16 + 民诉法解释 art. 201: (2,300 + 20,000 × 2%) / 2
        LitigationFees.EstimateSeveralClaims([100_000m, 20_000m], [FeeReduction.SummaryProcedure], FeeSchedule.Fujian).Fee.Yuan.ShouldBe(1_350m);
    }

    [Theory]
    [InlineData(new string[0], "至少填写一项")]
    [InlineData(new[] { "1000", "0" }, "大于0")]
    [InlineData(new[] { "-1" }, "大于0")]
    [InlineData(new[] { "6000000000000", "6000000000000" }, "合计超出")]
    public void Empty_non_positive_or_absurd_claims_are_refused(string[] amounts, string message)
    {
        Should.Throw<ArgumentException>(() => LitigationFees.EstimateSeveralClaims(
                [.. amounts.Select(a => decimal.Parse(a, CultureInfo.InvariantCulture))], None, FeeSchedule.Fujian))
            .Message.ShouldContain(message);
    }
}
