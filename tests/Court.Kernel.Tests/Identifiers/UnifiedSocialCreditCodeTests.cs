using Court.Kernel.Identifiers;

namespace Court.Kernel.Tests.Identifiers;

public class Parsing_a_unified_social_credit_code
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static TheoryData<string, RegistrationAuthority, string> ValidCodes => new()
    {
        // GB 32100-2015 校验码计算实例: weighted sum 1640, 1640 mod 31 = 28, C18 = 31 − 28 = 3
        { "91350100M000100Y43", RegistrationAuthority.MarketRegulation, "M000100Y4" },
        // GB 11714 校验码: 11 − (Σ mod 11) = 10 is written X
        { "91350203MA2Y8XKTXY", RegistrationAuthority.MarketRegulation, "MA2Y8XKTX" },
        // GB 11714 校验码: 11 − (Σ mod 11) = 11 is written 0; GB 32100 登记管理部门 Y 其他
        { "Y1350206H00000100E", RegistrationAuthority.Other, "H00000100" },
        // GB 32100 登记管理部门 A 中央军委改革和编制办公室
        { "A1110000MB1234562T", RegistrationAuthority.MilitaryEstablishment, "MB1234562" },
        // GB 32100 登记管理部门 N 农业 (2 村级集体经济组织)
        { "N2350212MF0000013A", RegistrationAuthority.Agriculture, "MF0000013" },
        // GB 32100 登记管理部门 5 民政 (1 社会团体)
        { "51350200500102302U", RegistrationAuthority.CivilAffairs, "500102302" },
        // GB 32100 登记管理部门 1 机构编制 (2 事业单位)
        { "123502001234567883", RegistrationAuthority.InstitutionalEstablishment, "123456788" },
        // GB 32100 校验码: 31 − (Σ mod 31) = 31 is written 0
        { "913502061000003310", RegistrationAuthority.MarketRegulation, "100000331" },
        // GB 32100 机构类别代码 is not checked against the authority's list: a letter is accepted
        { "9A350100M000100Y47", RegistrationAuthority.MarketRegulation, "M000100Y4" },
    };

    [Theory]
    [MemberData(nameof(ValidCodes))]
    public void A_valid_code_exposes_its_parts(string input, RegistrationAuthority authority, string organizationCode)
    {
        UnifiedSocialCreditCode.TryParse(input, out var code).ShouldBeTrue();
        code.Value.ShouldBe(input);
        code.ToString().ShouldBe(input);
        code.RegistrationAuthority.ShouldBe(authority);
        code.TypeCode.ShouldBe(input[1]);
        code.DivisionCode.ShouldBe(input[2..8]);
        code.OrganizationCode.ShouldBe(organizationCode);
        code.Masked.ShouldBe(input);
        UnifiedSocialCreditCode.Explain(input).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(ValidCodes))]
    public void Every_wrong_check_character_is_rejected(string input, RegistrationAuthority authority, string organizationCode)
    {
        _ = (authority, organizationCode);
        var rejected = 0;
        foreach (var c in Alphabet)
        {
            if (c == input[^1]) continue;
            var mutated = input[..^1] + c;
            UnifiedSocialCreditCode.TryParse(mutated, out _).ShouldBeFalse(mutated);
            UnifiedSocialCreditCode.Check(mutated).ShouldBe(IdentifierProblem.WrongCheckCharacter, mutated);
            rejected++;
        }
        rejected.ShouldBe(30);
    }

    [Fact]
    public void Every_character_outside_the_alphabet_is_rejected_in_every_position()
    {
        const string valid = "91350100M000100Y43";
        // GB 32100 代码字符集: I, O, Z, S, V are never used; nor punctuation or Chinese characters
        foreach (var c in "IOZSV-#中")
        {
            for (var i = 0; i < valid.Length; i++)
            {
                var mutated = string.Concat(valid.AsSpan(0, i), c.ToString(), valid.AsSpan(i + 1));
                UnifiedSocialCreditCode.TryParse(mutated, out _).ShouldBeFalse(mutated);
                UnifiedSocialCreditCode.Check(mutated).ShouldBe(IdentifierProblem.InvalidCharacter, mutated);
            }
        }
    }

    [Theory]
    [InlineData("91350100m000100y43")]
    [InlineData(" 91350100M000100Y43 ")]
    public void Lower_case_and_surrounding_spaces_are_normalised(string input)
    {
        UnifiedSocialCreditCode.Parse(input).Value.ShouldBe("91350100M000100Y43");
    }

    [Theory]
    [InlineData(null, IdentifierProblem.Missing)]
    [InlineData("  ", IdentifierProblem.Missing)]
    // GB 32100 代码结构: 18 characters
    [InlineData("91350100M000100Y4", IdentifierProblem.WrongLength)]
    [InlineData("91350100M000100Y433", IdentifierProblem.WrongLength)]
    // the old 9-character organisation code alone is not a credit code
    [InlineData("M000100Y4", IdentifierProblem.WrongLength)]
    // full-width characters typed with a Chinese input method are refused, with their own explanation
    [InlineData("９1350100M000100Y43", IdentifierProblem.FullWidthCharacter)]
    [InlineData("91350100Ｍ000100Y43", IdentifierProblem.FullWidthCharacter)]
    [InlineData("91350100ｍ000100Y43", IdentifierProblem.FullWidthCharacter)]
    // GB 32100 登记管理部门代码: 1–9, A, N, Y only (check characters recomputed so only position 1 is wrong)
    [InlineData("B1350100M000100Y41", IdentifierProblem.InvalidRegistrationAuthority)]
    [InlineData("C1350100M000100Y40", IdentifierProblem.InvalidRegistrationAuthority)]
    [InlineData("01350100M000100Y4C", IdentifierProblem.InvalidRegistrationAuthority)]
    // GB 32100 登记管理机关行政区划码 (positions 3–8) is digits
    [InlineData("9135A100M000100Y4Y", IdentifierProblem.InvalidDivisionCode)]
    [InlineData("9135010KM000100Y4M", IdentifierProblem.InvalidDivisionCode)]
    // GB 11714 校验码 of positions 9–17 is wrong although the GB 32100 check character fits
    [InlineData("91350100M000100Y0N", IdentifierProblem.InvalidOrganizationCode)]
    [InlineData("91350203MA2Y8XKT05", IdentifierProblem.InvalidOrganizationCode)]
    public void A_malformed_code_is_rejected_with_its_problem(string? input, IdentifierProblem problem)
    {
        UnifiedSocialCreditCode.TryParse(input, out var code).ShouldBeFalse();
        code.ShouldBeNull();
        UnifiedSocialCreditCode.Check(input).ShouldBe(problem);
    }

    [Theory]
    [InlineData("", "请输入统一社会信用代码")]
    [InlineData("91350100M000100Y4", "统一社会信用代码应为18位")]
    [InlineData("91350100MO00100Y43", "统一社会信用代码只能由数字和大写英文字母组成，且不使用I、O、Z、S、V")]
    [InlineData("９1350100M000100Y43", "统一社会信用代码含有全角字符，请使用半角数字和英文字母输入")]
    [InlineData("B1350100M000100Y41", "统一社会信用代码第1位（登记管理部门代码）无效")]
    [InlineData("9135A100M000100Y4Y", "统一社会信用代码第3至8位（登记管理机关行政区划码）应为数字")]
    [InlineData("91350100M000100Y0N", "统一社会信用代码第9至17位（组织机构代码）校验不正确，请核对后重新输入")]
    [InlineData("91350100M000100Y4Z", "统一社会信用代码只能由数字和大写英文字母组成，且不使用I、O、Z、S、V")]
    [InlineData("91350100M000100Y44", "统一社会信用代码校验码不正确，请核对后重新输入")]
    public void Explain_tells_a_litigant_what_is_wrong_in_Chinese(string input, string sentence)
    {
        UnifiedSocialCreditCode.Explain(input).ShouldBe(sentence);
    }

    [Fact]
    public void Parse_throws_a_format_exception_carrying_the_explanation()
    {
        Should.Throw<FormatException>(() => UnifiedSocialCreditCode.Parse("91350100M000100Y44"))
            .Message.ShouldBe("统一社会信用代码校验码不正确，请核对后重新输入");
    }
}

public class Creating_a_unified_social_credit_code
{
    [Theory]
    [InlineData(RegistrationAuthority.MarketRegulation, '1', "350100", "M000100Y", "91350100M000100Y43")]
    [InlineData(RegistrationAuthority.MarketRegulation, '1', "350203", "MA2Y8XKT", "91350203MA2Y8XKTXY")]
    [InlineData(RegistrationAuthority.Other, '1', "350206", "H0000010", "Y1350206H00000100E")]
    [InlineData(RegistrationAuthority.Agriculture, '2', "350212", "MF000001", "N2350212MF0000013A")]
    public void Create_computes_both_check_characters(
        RegistrationAuthority authority, char type, string division, string body, string expected)
    {
        var code = UnifiedSocialCreditCode.Create(authority, type, division, body);
        code.Value.ShouldBe(expected);
        UnifiedSocialCreditCode.Parse(expected).ShouldBe(code);
    }

    [Fact]
    public void Create_refuses_inputs_that_cannot_make_a_valid_code()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => UnifiedSocialCreditCode.Create((RegistrationAuthority)'B', '1', "350100", "M000100Y"));
        Should.Throw<ArgumentOutOfRangeException>(() => UnifiedSocialCreditCode.Create(RegistrationAuthority.Other, 'I', "350100", "M000100Y"));
        Should.Throw<ArgumentException>(() => UnifiedSocialCreditCode.Create(RegistrationAuthority.Other, '1', "35010A", "M000100Y"));
        Should.Throw<ArgumentException>(() => UnifiedSocialCreditCode.Create(RegistrationAuthority.Other, '1', "350100", "M000100O"));
        Should.Throw<ArgumentException>(() => UnifiedSocialCreditCode.Create(RegistrationAuthority.Other, '1', "350100", "M000100"));
    }
}
