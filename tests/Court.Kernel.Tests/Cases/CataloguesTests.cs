using Court.Kernel.Cases;

namespace Court.Kernel.Tests.Cases;

public class Building_a_court_catalogue
{
    private static readonly CourtInfo High = new("闽", "福建省高级人民法院", CourtLevel.High, null, "福州市");
    private static readonly CourtInfo Xiamen = new("闽02", "福建省厦门市中级人民法院", CourtLevel.Intermediate, "闽", "厦门市");
    private static readonly CourtInfo Siming = new("闽0203", "福建省厦门市思明区人民法院", CourtLevel.Basic, "闽02", "厦门市");

    [Fact]
    public void Courts_are_found_by_code()
    {
        var catalogue = new CourtCatalogue([High, Xiamen, Siming]);
        catalogue.TryGet("闽0203", out var court).ShouldBeTrue();
        court.ShouldBe(Siming);
        catalogue.Get("闽").ShouldBe(High);
        catalogue.Contains("闽0299").ShouldBeFalse();
        catalogue.TryGet("闽0299", out _).ShouldBeFalse();
        Should.Throw<KeyNotFoundException>(() => catalogue.Get("闽0299"));
        catalogue.ChildrenOf("闽02").ShouldBe([Siming]);
        catalogue.All.ShouldBe([High, Xiamen, Siming]);
    }

    [Fact]
    public void A_duplicate_code_is_refused()
    {
        Should.Throw<ArgumentException>(() => new CourtCatalogue([High, High with { Name = "again" }]));
    }

    [Fact]
    public void A_parent_outside_the_catalogue_is_refused()
    {
        Should.Throw<ArgumentException>(() => new CourtCatalogue([High, Siming]));
    }
}

public class Building_a_case_type_catalogue
{
    [Fact]
    public void Case_types_are_found_by_code_and_duplicates_are_refused()
    {
        var first = new CaseTypeInfo("民初", "民事一审案件", CaseCategory.Civil, CaseProcedure.FirstInstance);
        var catalogue = new CaseTypeCatalogue([first]);
        catalogue.Get("民初").ShouldBe(first);
        catalogue.Contains("民终").ShouldBeFalse();
        catalogue.TryGet("民初", out var found).ShouldBeTrue();
        found.ShouldBe(first);
        Should.Throw<KeyNotFoundException>(() => catalogue.Get("民终"));
        Should.Throw<ArgumentException>(() => new CaseTypeCatalogue([first, first]));
        Should.Throw<ArgumentException>(() => new CaseTypeCatalogue([first with { Code = "" }]));
    }
}
