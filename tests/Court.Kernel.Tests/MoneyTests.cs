namespace Court.Kernel.Tests;

public class Money_arithmetic
{
    [Fact]
    public void An_amount_in_yuan_is_held_exactly_in_fen()
    {
        var money = Money.FromYuan(1234.5m);
        money.Fen.ShouldBe(123450);
        money.Yuan.ShouldBe(1234.50m);
        money.Yuan.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("1234.50");
        Money.FromFen(5).Yuan.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("0.05");
        Money.FromFen(long.MinValue).Fen.ShouldBe(long.MinValue);
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("1234.567")]
    [InlineData("-0.005")]
    public void An_amount_finer_than_a_fen_is_refused_until_rounded_explicitly(string yuan)
    {
        Should.Throw<ArgumentException>(() => Money.FromYuan(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    // DOMAIN.md §1/§2: final amounts are rounded half-up (away from zero) to the fen
    [InlineData("0.005", 1)]
    [InlineData("0.0049999", 0)]
    [InlineData("2.675", 268)]
    [InlineData("-0.005", -1)]
    [InlineData("1234.5", 123450)]
    [InlineData("0.125", 13)]
    public void Rounding_half_up_to_the_fen_rounds_halves_away_from_zero(string yuan, long fen)
    {
        Money.RoundHalfUpToFen(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)).Fen.ShouldBe(fen);
    }

    [Theory]
    // DOMAIN.md §3: pro-rata shares are floored to the fen
    [InlineData("0.019", 1)]
    [InlineData("33.3333333", 3333)]
    [InlineData("-0.011", -2)]
    public void Flooring_to_the_fen_rounds_down(string yuan, long fen)
    {
        Money.FloorToFen(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)).Fen.ShouldBe(fen);
    }

    [Fact]
    public void Adding_and_subtracting_are_exact()
    {
        (Money.FromYuan(0.1m) + Money.FromYuan(0.2m)).ShouldBe(Money.FromYuan(0.3m));
        (Money.FromYuan(50m) - Money.FromYuan(50.01m)).ShouldBe(Money.FromFen(-1));
        (-Money.FromYuan(3m)).Fen.ShouldBe(-300);
        Should.Throw<OverflowException>(() => Money.FromFen(long.MaxValue) + Money.FromFen(1));
    }

    [Fact]
    public void Multiplying_by_a_rate_gives_the_exact_product_for_the_caller_to_round()
    {
        // 诉讼费用交纳办法 art. 13(1): the 10k–100k slice at 2.5%
        decimal product = Money.FromYuan(12345.67m) * 0.025m;
        product.ShouldBe(308.64175m);
        Money.RoundHalfUpToFen(product).ShouldBe(Money.FromYuan(308.64m));
        Money.RoundHalfUpToFen(0.5m * Money.FromYuan(0.01m)).ShouldBe(Money.FromFen(1));
    }

    [Fact]
    public void Amounts_compare_by_value()
    {
        var small = Money.FromYuan(9999.99m);
        var large = Money.FromYuan(10000m);
        (small < large).ShouldBeTrue();
        (large > small).ShouldBeTrue();
        (small <= Money.FromFen(999999)).ShouldBeTrue();
        (large >= small).ShouldBeTrue();
        small.CompareTo(large).ShouldBeLessThan(0);
        Money.Max(small, large).ShouldBe(large);
        Money.Min(small, large).ShouldBe(small);
        Money.Zero.ShouldBe(default(Money));
        new[] { large, Money.Zero, small }.Order().ShouldBe([Money.Zero, small, large]);
    }

    [Theory]
    [InlineData(123450, "¥1,234.50")]
    [InlineData(0, "¥0.00")]
    [InlineData(5, "¥0.05")]
    [InlineData(100000000, "¥1,000,000.00")]
    [InlineData(-123450, "-¥1,234.50")]
    public void ToString_shows_the_yen_sign_thousands_separators_and_two_decimals(long fen, string text)
    {
        Money.FromFen(fen).ToString().ShouldBe(text);
    }
}

public class Writing_money_in_Chinese_upper_case
{
    [Theory]
    // 支付结算办法 附件《正确填写票据和结算凭证的基本规定》 (rule numbers in comments)
    [InlineData("0", "零元整")]
    [InlineData("0.01", "壹分")] // no 零元 before jiao/fen when there are no yuan
    [InlineData("0.10", "壹角")]
    [InlineData("0.56", "伍角陆分")]
    [InlineData("1", "壹元整")] // 整 after 元
    [InlineData("1.05", "壹元零伍分")] // 角位是0而分位不是0: 元后应写零
    [InlineData("1.50", "壹元伍角")] // 整 may be left out after 角
    [InlineData("10", "壹拾元整")] // 壹拾: the leading 壹 is written
    [InlineData("15", "壹拾伍元整")]
    [InlineData("101", "壹佰零壹元整")] // a 0 between digits is written 零
    [InlineData("110", "壹佰壹拾元整")]
    [InlineData("325.04", "叁佰贰拾伍元零肆分")] // the rules' own example
    [InlineData("1680.32", "壹仟陆佰捌拾元叁角贰分")] // the rules' example, form without the optional 零
    [InlineData("10005", "壹万零伍元整")] // a run of 0s is one 零
    [InlineData("12345.67", "壹万贰仟叁佰肆拾伍元陆角柒分")]
    [InlineData("16409.02", "壹万陆仟肆佰零玖元零贰分")] // the rules' own example
    [InlineData("100000", "壹拾万元整")]
    [InlineData("100100", "壹拾万零壹佰元整")]
    [InlineData("107000.53", "壹拾万零柒仟元伍角叁分")] // the rules' example, form with one 零 for the 0 in the 万 place
    [InlineData("1000000", "壹佰万元整")]
    [InlineData("20000000", "贰仟万元整")]
    [InlineData("100000000", "壹亿元整")]
    [InlineData("100010000", "壹亿零壹万元整")]
    [InlineData("110000000", "壹亿壹仟万元整")]
    [InlineData("1000000000000", "壹万亿元整")]
    [InlineData("1000500000000", "壹万零伍亿元整")]
    [InlineData("9999999999999999.99", "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分")]
    [InlineData("-50", "负伍拾元整")]
    public void Upper_case_amounts_follow_the_payment_rules(string yuan, string expected)
    {
        Money.FromYuan(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)).ToChineseUppercase().ShouldBe(expected);
    }

    [Fact]
    public void Amounts_of_ten_thousand_trillion_yuan_and_more_have_no_upper_case_form()
    {
        Should.Throw<OverflowException>(() => Money.FromYuan(10_000_000_000_000_000m).ToChineseUppercase());
    }
}
