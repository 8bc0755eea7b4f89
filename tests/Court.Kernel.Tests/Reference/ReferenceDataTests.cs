using Court.Kernel.Cases;
using Court.Seeds.Reference;

namespace Court.Kernel.Tests.Reference;

public class Loading_the_reference_data
{
    [Theory]
    [InlineData("闽0203", "福建省厦门市思明区人民法院")]
    [InlineData("闽0205", "福建省厦门市海沧区人民法院")]
    [InlineData("闽0206", "福建省厦门市湖里区人民法院")]
    [InlineData("闽0211", "福建省厦门市集美区人民法院")]
    [InlineData("闽0212", "福建省厦门市同安区人民法院")]
    [InlineData("闽0213", "福建省厦门市翔安区人民法院")]
    public void Every_Xiamen_district_court_is_under_the_Xiamen_Intermediate_Court(string code, string name)
    {
        var court = SeededReference.Data.Courts.Get(code);
        court.Name.ShouldBe(name);
        court.Level.ShouldBe(CourtLevel.Basic);
        court.ParentCode.ShouldBe("闽02");
        court.City.ShouldBe("厦门市");
    }

    [Fact]
    public void Fujian_has_nine_intermediate_courts_numbered_in_division_order()
    {
        var cities = SeededReference.Data.Courts.ChildrenOf("闽")
            .Where(c => c.Level == CourtLevel.Intermediate)
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => $"{c.Code} {c.City}");
        cities.ShouldBe(["闽01 福州市", "闽02 厦门市", "闽03 莆田市", "闽04 三明市", "闽05 泉州市", "闽06 漳州市", "闽07 南平市", "闽08 龙岩市", "闽09 宁德市"]);
        SeededReference.Data.Courts.Get("闽").Level.ShouldBe(CourtLevel.High);
        SeededReference.Data.Courts.Get("闽72").ShouldBe(new CourtInfo("闽72", "厦门海事法院", CourtLevel.Maritime, "闽", "厦门市"));
    }

    [Fact]
    public void The_case_types_Court_needs_are_present()
    {
        string[] codes = ["民初", "民终", "民再", "民特", "民催", "民督", "民诉前调", "执", "执恢", "执保", "执异", "执复", "执监", "破申", "破", "破终", "行初", "行终", "刑初"];
        foreach (var code in codes) SeededReference.Data.CaseTypes.Contains(code).ShouldBeTrue(code);
        SeededReference.Data.CaseTypes.Get("民诉前调").Category.ShouldBe(CaseCategory.Mediation);
        SeededReference.Data.CaseTypes.Get("执恢").Procedure.ShouldBe(CaseProcedure.ResumedEnforcement);
        SeededReference.Data.CaseTypes.All.ShouldAllBe(t => !string.IsNullOrWhiteSpace(t.Name));
    }

    [Fact]
    public void Holiday_notices_are_shipped_for_2024_to_2026()
    {
        SeededReference.Data.HolidayNotices.Select(n => n.Year).ShouldBe([2024, 2025, 2026]);
    }
}
