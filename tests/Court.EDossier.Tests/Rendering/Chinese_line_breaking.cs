using Court.EDossier.Rendering;

namespace Court.EDossier.Tests.Rendering;

public sealed class Chinese_line_breaking
{
    // Every character one unit wide, ASCII half a unit: enough to test where lines break.
    private static double Width(string s) => s.EnumerateRunes().Sum(r => r.Value < 0x80 ? 0.5 : 1.0);

    [Fact]
    public void A_line_of_the_text_block_holds_28_characters()
    {
        var text = new string('法', 60);

        var lines = ChineseLineBreaker.Break(text, 28, 28, Width);

        lines.Select(l => l.Length).ShouldBe([28, 28, 4]);
    }

    [Fact]
    public void Closing_punctuation_never_starts_a_line()
    {
        var lines = ChineseLineBreaker.Break("本院认为合法的借贷关系受法律保护。陈明", 16, 16, Width);

        lines.Skip(1).ShouldAllBe(l => !"，。、；：？！）》」".Contains(l[0]));
        // 护 would fit on the first line, but then 。 would start the second: the two move down together.
        lines[0].ShouldBe("本院认为合法的借贷关系受法律保");
        lines[1].ShouldStartWith("护。");
    }

    [Fact]
    public void Opening_punctuation_never_ends_a_line()
    {
        var lines = ChineseLineBreaker.Break("依照中华人民共《中华人民共和国民法典》", 8, 8, Width);

        lines.ShouldAllBe(l => !"（《「".Contains(l[l.Length - 1]));
        lines[1].ShouldStartWith("《");
    }

    [Fact]
    public void Numbers_and_Latin_words_are_not_split()
    {
        var lines = ChineseLineBreaker.Break("借款本金人民币100000元", 9, 9, Width);

        lines.ShouldBe(["借款本金人民币", "100000元"]);
    }
}
