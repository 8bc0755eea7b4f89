using Court.Kernel.Filing;

namespace Court.Kernel.Tests.Filing;

public class Showing_an_element_answer
{
    private static ElementField Field(ElementFieldType type) => new("x", "项目", type, true, "");

    [Theory]
    // money is written with 元 and thousands separators; on a document also in 大写 (支付结算办法附件：大写金额的写法)
    [InlineData(ElementFieldType.Money, "200000", false, "200,000元")]
    [InlineData(ElementFieldType.Money, "200000", true, "200,000元（人民币贰拾万元整）")]
    [InlineData(ElementFieldType.Money, "1234.5", false, "1,234.50元")]
    [InlineData(ElementFieldType.Money, "1234.05", true, "1,234.05元（人民币壹仟贰佰叁拾肆元零伍分）")]
    [InlineData(ElementFieldType.Money, "0", false, "0元")]
    // a rate is a percentage: 年利率 24 is 24%
    [InlineData(ElementFieldType.Percent, "24", false, "24%")]
    [InlineData(ElementFieldType.Percent, "3.45", true, "3.45%")]
    [InlineData(ElementFieldType.Percent, "3.450", false, "3.45%")]
    [InlineData(ElementFieldType.Date, "2025-06-01", false, "2025年6月1日")]
    // what does not read as its type is shown as typed
    [InlineData(ElementFieldType.Money, "二十万", false, "二十万")]
    [InlineData(ElementFieldType.Percent, "约24", false, "约24")]
    [InlineData(ElementFieldType.Choice, "银行转账", true, "银行转账")]
    public void An_answer_reads_as_its_type(ElementFieldType type, string answer, bool inDocument, string shown) =>
        ElementDisplay.Of(Field(type), answer, inDocument).ShouldBe(shown);
}
