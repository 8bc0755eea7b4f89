using Court.EDossier.Ingest;

namespace Court.EDossier.Tests.Ingest;

public sealed class ChineseLineJoining
{
    [Theory]
    [InlineData(new[] { "被告未按约定期限归", "还借款本金" }, "被告未按约定期限归还借款本金")]
    [InlineData(new[] { "本金120000", "元及利息" }, "本金120000\n元及利息")]
    [InlineData(new[] { "第一条，", "借款金额" }, "第一条，借款金额")]
    [InlineData(new[] { "Article 1", "借款" }, "Article 1\n借款")]
    [InlineData(new[] { "", "借款", "" }, "借款")]
    public void A_break_between_two_chinese_characters_is_dropped_and_others_stay(string[] lines, string joined) =>
        ChineseLines.Join(lines).ShouldBe(joined);

    [Fact]
    public void A_text_layer_line_break_inside_a_word_no_longer_hides_the_word_from_search() =>
        PdfTextLayer.Normalise("双方约定的年\r\n利率6%  未超过").ShouldBe("双方约定的年利率6% 未超过");
}
