using Court.Kernel.Identifiers;

namespace Court.Kernel.Tests.Identifiers;

public class Explaining_the_number_a_filer_typed_for_a_party
{
    private static readonly string IdNumber = ResidentIdNumber.Create("350203", new DateOnly(1990, 1, 1), 123).Value;
    private const string CreditCode = "91350100M000100Y43";

    private static string FullWidth(string ascii) => string.Concat(ascii.Select(c => (char)(c + 0xFEE0)));

    [Theory]
    // digits only is a 居民身份证号码 (GB 11643: 18 characters), told as such whatever its length
    [InlineData("35020319900101", "居民身份证号码应为18位，您输入了14位。单位请填写18位统一社会信用代码。")]
    [InlineData("3502031990010112", "居民身份证号码应为18位，您输入了16位。单位请填写18位统一社会信用代码。")]
    [InlineData("350203900101123", "您输入的是15位的第一代身份证号码，请改填18位的居民身份证号码。")]
    [InlineData("3502031990010112345", "居民身份证号码应为18位，您输入了19位。单位请填写18位统一社会信用代码。")]
    [InlineData("350203199013011234", "居民身份证号码中的出生日期无效。")]
    // letters other than a final X make it a 统一社会信用代码 (GB 32100: 18 characters)
    [InlineData("91350100M000100Y4", "统一社会信用代码应为18位，您输入了17位。")]
    [InlineData("91350100M000100Y44", "统一社会信用代码校验码不正确，请核对后重新输入。")]
    [InlineData("", "请填写身份证号码或统一社会信用代码。")]
    [InlineData("   ", "请填写身份证号码或统一社会信用代码。")]
    public void A_number_that_is_not_valid_is_explained_as_the_identifier_typed(string typed, string sentence) =>
        PartyIdentifierNumber.Explain(typed).ShouldBe(sentence);

    [Fact]
    public void A_full_width_id_number_is_read_as_its_half_width_digits()
    {
        var typed = FullWidth(IdNumber);
        PartyIdentifierNumber.Explain(typed).ShouldBeNull();
        PartyIdentifierNumber.Normalise(typed).ShouldBe(IdNumber);
        PartyIdentifierNumber.KindOf(typed).ShouldBe(PartyIdentifierKind.ResidentIdNumber);
    }

    [Fact]
    public void A_full_width_id_number_of_fifteen_digits_is_told_it_is_fifteen_digits_of_an_id_number() =>
        PartyIdentifierNumber.Explain(FullWidth("350203900101123")).ShouldBe("您输入的是15位的第一代身份证号码，请改填18位的居民身份证号码。");

    [Fact]
    public void A_credit_code_in_lower_case_or_full_width_is_read_upper_case()
    {
        PartyIdentifierNumber.Normalise(" 91350100m000100y43 ").ShouldBe(CreditCode);
        PartyIdentifierNumber.Normalise(FullWidth("91350100m000100y43")).ShouldBe(CreditCode);
        PartyIdentifierNumber.KindOf(FullWidth(CreditCode)).ShouldBe(PartyIdentifierKind.UnifiedSocialCreditCode);
    }

    [Fact]
    public void An_id_number_ending_in_a_small_x_is_valid()
    {
        var withX = Enumerable.Range(0, 999).Select(i => ResidentIdNumber.Create("350203", new DateOnly(1985, 5, 5), i).Value).First(v => v[^1] == 'X');
        PartyIdentifierNumber.Explain(withX.ToLowerInvariant()).ShouldBeNull();
        PartyIdentifierNumber.Normalise(withX.ToLowerInvariant()).ShouldBe(withX);
    }
}
