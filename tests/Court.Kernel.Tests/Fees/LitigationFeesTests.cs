using System.Globalization;
using Court.Kernel.Fees;

namespace Court.Kernel.Tests.Fees;

public class Estimating_a_litigation_fee
{
    private static readonly FeeReduction[] None = [];

    private static decimal? Amount(string? s) => s is null ? null : decimal.Parse(s, CultureInfo.InvariantCulture);

    private static decimal Fee(FeeKind kind, string? amount, params FeeReduction[] reductions) =>
        LitigationFees.Estimate(kind, Amount(amount), reductions, FeeSchedule.Fujian).Fee.Yuan;

    [Theory]
    // art. 13(1)1: 不超过1万元的，每件交纳50元
    [InlineData("0.01", "50")]
    [InlineData("10000", "50")]
    // art. 13(1)2: 超过1万元至10万元的部分 2.5% — 50.00025 rounds to 50.00
    [InlineData("10000.01", "50")]
    [InlineData("10000.20", "50.01")]
    [InlineData("100000", "2300")]
    // art. 13(1)3: 10万至20万 2%
    [InlineData("200000", "4300")]
    // art. 13(1)4: 20万至50万 1.5%
    [InlineData("500000", "8800")]
    // art. 13(1)5: 50万至100万 1%
    [InlineData("1000000", "13800")]
    // art. 13(1)6: 100万至200万 0.9%
    [InlineData("2000000", "22800")]
    // art. 13(1)7: 200万至500万 0.8%
    [InlineData("5000000", "46800")]
    // art. 13(1)8: 500万至1000万 0.7%
    [InlineData("10000000", "81800")]
    // art. 13(1)9: 1000万至2000万 0.6%
    [InlineData("20000000", "141800")]
    // art. 13(1)10: 超过2000万元的部分 0.5% — 141,800.005 rounds half-up to 141,800.01
    [InlineData("20000001", "141800.01")]
    [InlineData("100000000", "541800")]
    public void A_property_claim_pays_each_band_rate_on_its_slice(string amount, string fee)
    {
        Fee(FeeKind.Property, amount).ShouldBe(decimal.Parse(fee, CultureInfo.InvariantCulture));
    }

    [Theory]
    // art. 14(1)1: 没有执行金额 50–500 (Fujian: 50); 不超过1万元 50
    [InlineData(null, "50")]
    [InlineData("10000", "50")]
    // art. 14(1)1: 超过1万元至50万元的部分 1.5%
    [InlineData("500000", "7400")]
    // art. 14(1)1: 超过50万元至500万元的部分 1%
    [InlineData("5000000", "52400")]
    // art. 14(1)1: 超过500万元至1000万元的部分 0.5%
    [InlineData("10000000", "77400")]
    // art. 14(1)1: 超过1000万元的部分 0.1%
    [InlineData("20000000", "87400")]
    public void An_enforcement_application_follows_art_14_1(string? amount, string fee)
    {
        Fee(FeeKind.Enforcement, amount).ShouldBe(decimal.Parse(fee, CultureInfo.InvariantCulture));
    }

    [Theory]
    // art. 14(2): 财产数额不超过1000元或者不涉及财产数额的，每件30元
    [InlineData(null, "30")]
    [InlineData("1000", "30")]
    // art. 14(2): 超过1000元至10万元的部分 1%
    [InlineData("100000", "1020")]
    // art. 14(2): 超过10万元的部分 0.5%
    [InlineData("500000", "3020")]
    // art. 14(2): 最多不超过5000元 — reached exactly at 896,000
    [InlineData("896000", "5000")]
    [InlineData("1000000", "5000")]
    public void A_preservation_application_is_capped_at_5000(string? amount, string fee)
    {
        Fee(FeeKind.Preservation, amount).ShouldBe(decimal.Parse(fee, CultureInfo.InvariantCulture));
    }

    [Theory]
    // art. 14(3): 按照财产案件受理费标准的1/3交纳
    [InlineData("10000", "16.67")]
    [InlineData("100000", "766.67")]
    // 51.015 / 3 = 17.005 exactly: half-up gives 17.01 (banker's rounding would give 17.00)
    [InlineData("10040.60", "17.01")]
    public void A_payment_order_pays_a_third_of_the_property_fee(string amount, string fee)
    {
        Fee(FeeKind.PaymentOrder, amount).ShouldBe(decimal.Parse(fee, CultureInfo.InvariantCulture));
    }

    [Theory]
    // art. 14(4): 按照财产案件受理费标准减半交纳
    [InlineData("1000000", "6900")]
    // art. 14(4): 最高不超过30万元 — property fee 600,000 at 111,640,000
    [InlineData("111640000", "300000")]
    [InlineData("200000000", "300000")]
    public void A_bankruptcy_pays_half_the_property_fee_up_to_300000(string amount, string fee)
    {
        Fee(FeeKind.Bankruptcy, amount).ShouldBe(decimal.Parse(fee, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_bankruptcy_basis_says_the_fee_is_paid_after_liquidation()
    {
        LitigationFees.Estimate(FeeKind.Bankruptcy, 1_000_000m, None, FeeSchedule.Fujian).Basis.ShouldContain("清算后交纳");
    }

    [Theory]
    // art. 13(2)1: 离婚案件每件50–300元 (Fujian 50); 财产总额不超过20万元的，不另行交纳；超过20万元的部分 0.5%
    [InlineData(FeeKind.Divorce, null, "50")]
    [InlineData(FeeKind.Divorce, "200000", "50")]
    [InlineData(FeeKind.Divorce, "300000", "550")]
    // art. 13(2)2: 人格权案件每件100–500元 (Fujian 100); 赔偿不超过5万元不另行交纳；5万至10万 1%；超过10万 0.5%
    [InlineData(FeeKind.Personality, null, "100")]
    [InlineData(FeeKind.Personality, "50000", "100")]
    [InlineData(FeeKind.Personality, "100000", "600")]
    [InlineData(FeeKind.Personality, "200000", "1100")]
    // art. 13(2)3: 其他非财产案件每件50–100元 (Fujian 50)
    [InlineData(FeeKind.NonProperty, null, "50")]
    // art. 13(3): 知识产权民事案件，没有争议金额的每件500–1000元 (Fujian 500)；有争议金额的按财产案件标准
    [InlineData(FeeKind.IntellectualProperty, null, "500")]
    [InlineData(FeeKind.IntellectualProperty, "100000", "2300")]
    // art. 13(4): 劳动争议案件每件10元, whatever the amount
    [InlineData(FeeKind.Labour, null, "10")]
    [InlineData(FeeKind.Labour, "500000", "10")]
    // art. 13(5)2: 其他行政案件每件50元
    [InlineData(FeeKind.Administrative, null, "50")]
    // art. 13(5)1: 商标、专利、海事行政案件每件100元
    [InlineData(FeeKind.TrademarkPatentMaritimeAdministrative, null, "100")]
    public void A_non_property_case_pays_the_configured_amount(FeeKind kind, string? amount, string fee)
    {
        Fee(kind, amount).ShouldBe(decimal.Parse(fee, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Summary_procedure_halves_the_fee_and_cites_art_13_and_16()
    {
        // art. 13(1): 2,300 + 20,000 × 2% = 2,700; art. 16: 减半 → 1,350
        var estimate = LitigationFees.Estimate(FeeKind.Property, 120_000m, [FeeReduction.SummaryProcedure], FeeSchedule.Fujian);

        estimate.Fee.Yuan.ShouldBe(1_350m);
        estimate.Basis.ShouldBe("《诉讼费用交纳办法》第十三条第（一）项；第十六条（适用简易程序减半交纳）");
        estimate.Breakdown.Select(l => l.Item).ShouldBe(["10,000元以下 每件50元", "10,000元至100,000元部分 × 2.5%", "100,000元至200,000元部分 × 2%", "减半交纳"]);
        estimate.Breakdown.Sum(l => l.Amount).ShouldBe(1_350m);
    }

    [Fact]
    public void Two_grounds_halve_the_fee_only_once()
    {
        // 民诉法解释 art. 206: 只能减半一次
        var estimate = LitigationFees.Estimate(FeeKind.Property, 120_000m, [FeeReduction.SummaryProcedure, FeeReduction.Mediation], FeeSchedule.Fujian);

        estimate.Fee.Yuan.ShouldBe(1_350m);
        estimate.Basis.ShouldContain("第十五条");
        estimate.Basis.ShouldContain("第二百零六条");
    }

    [Theory]
    [InlineData(FeeKind.Enforcement)]
    [InlineData(FeeKind.Preservation)]
    [InlineData(FeeKind.PaymentOrder)]
    [InlineData(FeeKind.Bankruptcy)]
    public void Application_fees_are_not_halved(FeeKind kind)
    {
        Should.Throw<ArgumentException>(() => LitigationFees.Estimate(kind, 100_000m, [FeeReduction.Withdrawal], FeeSchedule.Fujian))
            .Message.ShouldContain("不予减半");
    }

    [Theory]
    [InlineData(FeeKind.Property, null, "争议金额")]
    [InlineData(FeeKind.Property, "0", "争议金额")]
    [InlineData(FeeKind.PaymentOrder, null, "请求金额")]
    [InlineData(FeeKind.Bankruptcy, null, "破产财产")]
    [InlineData(FeeKind.Divorce, "-1", "负数")]
    [InlineData(FeeKind.Property, "10000000000000.01", "范围")]
    public void A_missing_negative_or_absurd_amount_is_refused_in_chinese(FeeKind kind, string? amount, string message)
    {
        Should.Throw<ArgumentException>(() => LitigationFees.Estimate(kind, Amount(amount), None, FeeSchedule.Fujian))
            .Message.ShouldContain(message);
    }

    [Fact]
    public void The_largest_amount_is_computed_without_overflow()
    {
        // art. 13(1): 141,800 + (10^13 − 2×10^7) × 0.5%
        Fee(FeeKind.Property, "10000000000000").ShouldBe(50_000_041_800m);
    }
}
