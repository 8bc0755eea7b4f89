using Court.Kernel.Identifiers;

namespace Court.Kernel.Tests.Identifiers;

public class Parsing_a_resident_id_number
{
    public static TheoryData<string, string, string, bool> ValidNumbers => new()
    {
        // GB 11643-1999 附录A 实例: check character X (weighted sum mod 11 = 2)
        { "11010519491231002X", "110105", "1949-12-31", false },
        // GB 11643-1999 附录A 实例 (born 1880) is refused by Court's ≥ 1900 rule; its check is exercised in Creating_a_resident_id_number
        // GB 11643-1999 顺序码: odd 17th digit → male; Siming district, Xiamen
        { "350203199003071236", "350203", "1990-03-07", true },
        { "350203198512314561", "350203", "1985-12-31", false },
        // 出生日期码: 1900-01-01 is the earliest date Court accepts
        { "350211190001010017", "350211", "1900-01-01", true },
        // 出生日期码: 29 February in a leap year is a real date
        { "110105200002298883", "110105", "2000-02-29", false },
        // 校验码 0 (weighted sum mod 11 = 1)
        { "350206198808080070", "350206", "1988-08-08", true },
    };

    [Theory]
    [MemberData(nameof(ValidNumbers))]
    public void A_valid_number_exposes_its_parts(string input, string region, string birth, bool male)
    {
        ResidentIdNumber.TryParse(input, out var id).ShouldBeTrue();
        id.Value.ShouldBe(input);
        id.ToString().ShouldBe(input);
        id.RegionCode.ShouldBe(region);
        id.BirthDate.ShouldBe(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture));
        id.IsMale.ShouldBe(male);
        ResidentIdNumber.Check(input).ShouldBe(IdentifierProblem.None);
        ResidentIdNumber.Explain(input).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(ValidNumbers))]
    public void Every_wrong_check_character_is_rejected(string input, string region, string birth, bool male)
    {
        _ = (region, birth, male);
        foreach (var c in "0123456789Xx")
        {
            if (char.ToUpperInvariant(c) == input[^1]) continue;
            var mutated = input[..^1] + c;
            ResidentIdNumber.TryParse(mutated, out _).ShouldBeFalse(mutated);
            ResidentIdNumber.Check(mutated).ShouldBe(IdentifierProblem.WrongCheckCharacter, mutated);
        }
    }

    [Fact]
    public void A_lower_case_x_is_accepted_and_normalised_to_upper_case()
    {
        var id = ResidentIdNumber.Parse("11010519491231002x");
        id.Value.ShouldBe("11010519491231002X");
        id.ShouldBe(ResidentIdNumber.Parse("11010519491231002X"));
    }

    [Fact]
    public void Surrounding_whitespace_is_trimmed()
    {
        ResidentIdNumber.Parse("  350203199003071236\t").Value.ShouldBe("350203199003071236");
    }

    [Theory]
    // GB 11643-1999 号码的结构: 17 digits + 1 check character = 18 characters
    [InlineData(null, IdentifierProblem.Missing)]
    [InlineData("", IdentifierProblem.Missing)]
    [InlineData("   ", IdentifierProblem.Missing)]
    [InlineData("35020319900307123", IdentifierProblem.WrongLength)]
    [InlineData("3502031990030712366", IdentifierProblem.WrongLength)]
    // 15-digit first-generation numbers (GB 11643-1989) are not accepted
    [InlineData("350203900307123", IdentifierProblem.WrongLength)]
    // 本体码 is digits only; the check character is a digit or X
    [InlineData("35020319900307123A", IdentifierProblem.InvalidCharacter)]
    [InlineData("3502031990030712X6", IdentifierProblem.InvalidCharacter)]
    [InlineData("350203-99003071236", IdentifierProblem.InvalidCharacter)]
    // full-width digits typed with a Chinese input method
    [InlineData("３５０２０３199003071236", IdentifierProblem.FullWidthCharacter)]
    [InlineData("35020319900307123Ｘ", IdentifierProblem.FullWidthCharacter)]
    // 出生日期码 must be a real calendar date (check characters below are correct for the digits)
    [InlineData("350203199002301239", IdentifierProblem.InvalidBirthDate)]
    [InlineData("350203199013011237", IdentifierProblem.InvalidBirthDate)]
    [InlineData("350203199000011238", IdentifierProblem.InvalidBirthDate)]
    [InlineData("350203199001001234", IdentifierProblem.InvalidBirthDate)]
    [InlineData("350203190002291236", IdentifierProblem.InvalidBirthDate)]
    // Court's floor: born on or after 1900-01-01
    [InlineData("440524188001010014", IdentifierProblem.InvalidBirthDate)]
    [InlineData("350203189912311234", IdentifierProblem.InvalidBirthDate)]
    public void A_malformed_number_is_rejected_with_its_problem(string? input, IdentifierProblem problem)
    {
        ResidentIdNumber.TryParse(input, out var id).ShouldBeFalse();
        id.ShouldBeNull();
        ResidentIdNumber.Check(input).ShouldBe(problem);
    }

    [Theory]
    [InlineData("", "请输入居民身份证号码")]
    [InlineData("35020319900307123", "居民身份证号码应为18位")]
    [InlineData("35020319900307123A", "居民身份证号码前17位应为数字，最后一位应为数字或字母X")]
    [InlineData("350203199002301239", "居民身份证号码中的出生日期无效")]
    [InlineData("350203199003071237", "居民身份证号码校验码不正确，请核对后重新输入")]
    public void Explain_tells_a_litigant_what_is_wrong_in_Chinese(string input, string sentence)
    {
        ResidentIdNumber.Explain(input).ShouldBe(sentence);
    }

    [Fact]
    public void Parse_throws_a_format_exception_carrying_the_explanation()
    {
        Should.Throw<FormatException>(() => ResidentIdNumber.Parse("350203199003071237"))
            .Message.ShouldBe("居民身份证号码校验码不正确，请核对后重新输入");
    }

    [Fact]
    public void Masked_keeps_the_first_six_and_the_last_four_characters()
    {
        ResidentIdNumber.Parse("11010519491231002X").Masked.ShouldBe("110105********002X");
        ResidentIdNumber.Parse("350203199003071236").Masked.ShouldBe("350203********1236");
    }
}

public class Creating_a_resident_id_number
{
    [Theory]
    // GB 11643-1999 附录A 实例 check characters, computed from the first 17 digits
    [InlineData("110105", "1949-12-31", 2, "11010519491231002X")]
    [InlineData("350203", "1990-03-07", 123, "350203199003071236")]
    [InlineData("350206", "1988-08-08", 7, "350206198808080070")]
    public void Create_computes_the_check_character(string region, string birth, int sequence, string expected)
    {
        var id = ResidentIdNumber.Create(region, DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), sequence);
        id.Value.ShouldBe(expected);
        ResidentIdNumber.Parse(expected).ShouldBe(id);
    }

    [Fact]
    public void The_standards_1880_example_has_a_correct_check_character_although_Court_refuses_the_date()
    {
        // GB 11643-1999 附录A: 440524188001010014 — ISO 7064 MOD 11-2 over the first 17 digits gives 4
        ResidentIdNumber.CheckCharacterOf("44052418800101001").ShouldBe('4');
    }

    [Fact]
    public void Create_refuses_inputs_that_cannot_make_a_valid_number()
    {
        var birth = new DateOnly(1990, 3, 7);
        Should.Throw<ArgumentException>(() => ResidentIdNumber.Create("35020", birth, 1));
        Should.Throw<ArgumentException>(() => ResidentIdNumber.Create("35020A", birth, 1));
        Should.Throw<ArgumentOutOfRangeException>(() => ResidentIdNumber.Create("350203", new DateOnly(1899, 12, 31), 1));
        Should.Throw<ArgumentOutOfRangeException>(() => ResidentIdNumber.Create("350203", birth, 1000));
        Should.Throw<ArgumentOutOfRangeException>(() => ResidentIdNumber.Create("350203", birth, -1));
    }
}
