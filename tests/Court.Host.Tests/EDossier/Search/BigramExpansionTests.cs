using Court.EDossier.Search;

namespace Court.Host.Tests.EDossier.Search;

public sealed class BigramExpansionTests
{
    [Theory]
    [InlineData("借款人应当", "借款 款人 人应 应当")]
    [InlineData("借", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("借款 合同", "借款 合同")]
    [InlineData("𠀀借", "𠀀借")] // a character outside the BMP stays whole
    public void Every_pair_of_adjacent_characters_is_one_token(string? text, string expected) =>
        SqliteSearchFunctions.ExpandBigrams(text).ShouldBe(expected);
}
