using Court.Kernel.Fees;
using Court.Kernel.Filing;
using Court.Seeds.Reference;

namespace Court.Seeds.Tests.Reference;

public class Loading_the_online_filing_reference_data
{
    [Theory]
    // 《民事案件案由规定》 names; 诉讼费用交纳办法 art. 13(1) property, 13(2)1 divorce, 13(4) labour
    [InlineData("private-lending", "民间借贷纠纷", FeeKind.Property, JurisdictionRule.Contract)]
    [InlineData("financial-loan", "金融借款合同纠纷", FeeKind.Property, JurisdictionRule.Contract)]
    [InlineData("sale-contract", "买卖合同纠纷", FeeKind.Property, JurisdictionRule.Contract)]
    [InlineData("labour-dispute", "劳动争议", FeeKind.Labour, JurisdictionRule.Labour)]
    [InlineData("divorce", "离婚纠纷", FeeKind.Divorce, JurisdictionRule.Divorce)]
    [InlineData("traffic-accident", "机动车交通事故责任纠纷", FeeKind.Property, JurisdictionRule.Tort)]
    public void Each_kind_has_its_cause_of_action_fee_kind_and_jurisdiction_rule(string slug, string name, FeeKind fee, JurisdictionRule rule)
    {
        var kind = SeededReference.Data.FilingKinds.Get(slug);

        kind.Name.ShouldBe(name);
        kind.CaseTypeCode.ShouldBe("民初");
        kind.FeeKind.ShouldBe(fee);
        kind.Jurisdiction.ShouldBe(rule);
        kind.Fields.ShouldContain(f => f.Required);
        kind.Fields.ShouldAllBe(f => f.Label.Length > 0 && f.Hint.Length > 0);
    }

    [Fact]
    public void There_are_exactly_the_six_kinds_of_the_issue()
    {
        SeededReference.Data.FilingKinds.All.Select(k => k.Slug)
            .ShouldBe(["private-lending", "financial-loan", "sale-contract", "labour-dispute", "divorce", "traffic-accident"]);
    }

    [Fact]
    public void A_private_lending_complaint_asks_for_the_elements_a_judge_needs()
    {
        var keys = SeededReference.Data.FilingKinds.Get("private-lending").Fields.Select(f => f.Key);

        string[] expected = ["principal", "lentOn", "deliveryMethod", "annualRate", "dueOn", "repaidPrincipal", "interestClaimed", "guarantee"];
        expected.ShouldBeSubsetOf(keys);
    }

    [Fact]
    public void Only_the_labour_dispute_checks_arbitration()
    {
        SeededReference.Data.FilingKinds.All.Where(k => k.Rules.Contains(FilingRule.LabourAfterArbitration)).Select(k => k.Slug)
            .ShouldBe(["labour-dispute"]);
    }

    [Theory]
    [InlineData("思明区", "闽0203")]
    [InlineData("海沧区", "闽0205")]
    [InlineData("湖里区", "闽0206")]
    [InlineData("集美区", "闽0211")]
    [InlineData("同安区", "闽0212")]
    [InlineData("翔安区", "闽0213")]
    public void Every_Xiamen_district_maps_to_its_basic_court(string district, string code)
    {
        SeededReference.Data.Jurisdiction.Locate($"福建省厦门市{district}某某路1号")!.Court.Code.ShouldBe(code);
    }

    [Fact]
    public void The_level_thresholds_are_those_of_the_2019_and_2021_notices()
    {
        var map = SeededReference.Data.Jurisdiction;

        // 法发〔2021〕27号 arts. 1–2, in force 2021-10-01; 法发〔2019〕14号 art. 2
        map.EffectiveFrom.ShouldBe(new DateOnly(2021, 10, 1));
        map.IntermediateFromWhenAllOnOneSide.ShouldBe(500_000_000m);
        map.IntermediateFromWhenOnePartyOutside.ShouldBe(100_000_000m);
        map.HighFrom.ShouldBe(5_000_000_000m);
        map.IntermediateCourt.Code.ShouldBe("闽02");
        map.HighCourt.Code.ShouldBe("闽");
        map.Source.ShouldContain("法发〔2021〕27号");
    }

    [Fact]
    public void Every_kind_has_a_mediation_organisation_and_one_takes_foreign_related_IP()
    {
        var organisations = SeededReference.Data.MediationOrganisations;

        foreach (var kind in SeededReference.Data.FilingKinds.All) organisations.For(kind.Slug).ShouldNotBeEmpty(kind.Slug);
        organisations.For(MediationOrganisation.ForeignIntellectualProperty).Single().Name.ShouldBe("世界知识产权组织仲裁与调解上海中心");
        organisations.All.Count.ShouldBeInRange(4, 5);
        organisations.All.ShouldAllBe(o => o.Mediators.Count >= 2 && o.Mediators.Count <= 3);
    }
}
