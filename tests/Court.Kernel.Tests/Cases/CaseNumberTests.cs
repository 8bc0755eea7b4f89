using Court.Kernel.Cases;
using Court.Kernel.Tests.Reference;

namespace Court.Kernel.Tests.Cases;

public class Parsing_a_case_number
{
    private static bool TryParse(string? input, out CaseNumber? number) =>
        CaseNumber.TryParse(input, SeededReference.Data.CaseTypes, SeededReference.Data.Courts, out number);

    [Theory]
    // 案号规定 art. 3: "（" + 收案年度 + "）" + 法院代字 + 类型代字 + 案件编号 + "号"
    [InlineData("（2026）闽0203民初1234号", 2026, "闽0203", "民初", 1234)]
    // ASCII and mixed parentheses are accepted on input
    [InlineData("(2026)闽0203民初1234号", 2026, "闽0203", "民初", 1234)]
    [InlineData("(2026）闽02民终7号", 2026, "闽02", "民终", 7)]
    [InlineData("  （2026）闽0206民初1号 ", 2026, "闽0206", "民初", 1)]
    // a High Court's 法院代字 is the province abbreviation alone
    [InlineData("（2023）闽民再102号", 2023, "闽", "民再", 102)]
    [InlineData("（2026）最高法民申1号", 2026, "最高法", "民申", 1)]
    // 执恢 is matched whole, not read as 执 after a court "…恢"
    [InlineData("（2017）闽09执恢122号", 2017, "闽09", "执恢", 122)]
    [InlineData("（2026）闽0213执保7号", 2026, "闽0213", "执保", 7)]
    [InlineData("（2026）闽72执3号", 2026, "闽72", "执", 3)]
    [InlineData("（2026）闽02破申1号", 2026, "闽02", "破申", 1)]
    [InlineData("（2026）闽02破5号", 2026, "闽02", "破", 5)]
    [InlineData("（2026）闽0211民诉前调15号", 2026, "闽0211", "民诉前调", 15)]
    // boundaries of year and sequence
    [InlineData("（1949）闽民初1号", 1949, "闽", "民初", 1)]
    [InlineData("（9999）闽0212民初999999999号", 9999, "闽0212", "民初", 999999999)]
    public void A_well_formed_case_number_is_read_into_its_parts(string input, int year, string court, string type, int sequence)
    {
        TryParse(input, out var number).ShouldBeTrue();
        number.ShouldBe(new CaseNumber(year, court, type, sequence));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    // year outside 1949..9999, or not four digits
    [InlineData("（1948）闽0203民初1号")]
    [InlineData("（0000）闽0203民初1号")]
    [InlineData("（202６）闽0203民初1号")]
    [InlineData("（20266）闽0203民初1号")]
    [InlineData("（226）闽0203民初1号")]
    // unknown 法院代字 or 类型代字
    [InlineData("（2026）闽0299民初1号")]
    [InlineData("（2026）粤0203民初1号")]
    [InlineData("（2026）闽0203民抗1号")]
    [InlineData("（2026）民初1号")]
    [InlineData("（2026）闽0203号")]
    // 案件编号: present, from 1, no leading zeros, within int
    [InlineData("（2026）闽0203民初号")]
    [InlineData("（2026）闽0203民初0号")]
    [InlineData("（2026）闽0203民初01号")]
    [InlineData("（2026）闽0203民初1234567890号")]
    // other shapes: missing 号, 〔〕 brackets (document numbers), the pre-2016 字第 form, inner spaces
    [InlineData("（2026）闽0203民初1234")]
    [InlineData("〔2026〕闽0203民初1234号")]
    [InlineData("（2015）思民初字第1234号")]
    [InlineData("（2026） 闽0203民初1234号")]
    [InlineData("（2026）闽0203民初 1234号")]
    public void A_malformed_case_number_is_rejected(string? input)
    {
        TryParse(input, out var number).ShouldBeFalse();
        number.ShouldBeNull();
    }

    [Fact]
    public void When_two_splits_are_possible_the_longest_type_code_wins()
    {
        var types = new CaseTypeCatalogue(
        [
            new CaseTypeInfo("初", "一审", CaseCategory.Civil, CaseProcedure.FirstInstance),
            new CaseTypeInfo("民初", "民事一审案件", CaseCategory.Civil, CaseProcedure.FirstInstance),
        ]);
        var courts = new CourtCatalogue(
        [
            new CourtInfo("闽", "福建省高级人民法院", CourtLevel.High, null, null),
            new CourtInfo("闽民", "a court whose code ends like a type code", CourtLevel.Basic, "闽", null),
        ]);
        CaseNumber.Parse("（2026）闽民初1号", types, courts).ShouldBe(new CaseNumber(2026, "闽", "民初", 1));
    }

    [Fact]
    public void Parse_throws_a_format_exception_with_a_Chinese_message()
    {
        Should.Throw<FormatException>(() => CaseNumber.Parse("（2026）闽0203民抗1号", SeededReference.Data.CaseTypes, SeededReference.Data.Courts))
            .Message.ShouldContain("不是有效的案号");
    }
}

public class Formatting_a_case_number
{
    [Fact]
    public void The_official_form_uses_full_width_parentheses()
    {
        var number = new CaseNumber(2026, "闽0203", "民初", 1234);
        number.Format().ShouldBe("（2026）闽0203民初1234号");
        number.ToString().ShouldBe("（2026）闽0203民初1234号");
    }

    [Theory]
    [InlineData("(2026)闽0203民初1234号")]
    [InlineData("（2017）闽09执恢122号")]
    [InlineData("（2026）最高法民申1号")]
    public void Parsing_the_formatted_number_gives_back_the_same_number(string input)
    {
        var number = CaseNumber.Parse(input, SeededReference.Data.CaseTypes, SeededReference.Data.Courts);
        CaseNumber.Parse(number.Format(), SeededReference.Data.CaseTypes, SeededReference.Data.Courts).ShouldBe(number);
    }

    [Fact]
    public void A_case_number_cannot_be_built_outside_the_rules()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new CaseNumber(1948, "闽0203", "民初", 1));
        Should.Throw<ArgumentOutOfRangeException>(() => new CaseNumber(10000, "闽0203", "民初", 1));
        Should.Throw<ArgumentOutOfRangeException>(() => new CaseNumber(2026, "闽0203", "民初", 0));
        Should.Throw<ArgumentException>(() => new CaseNumber(2026, " ", "民初", 1));
        Should.Throw<ArgumentException>(() => new CaseNumber(2026, "闽0203", "", 1));
    }
}
