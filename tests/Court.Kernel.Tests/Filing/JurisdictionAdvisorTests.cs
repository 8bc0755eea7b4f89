using Court.Kernel.Filing;
using Court.Kernel.Tests.Reference;

namespace Court.Kernel.Tests.Filing;

public class Proposing_the_competent_court
{
    private static JurisdictionProposal Propose(string slug, DisputePlaces places, decimal? amount = 100_000m, bool onePartyOutside = false) =>
        JurisdictionAdvisor.Propose(SeededReference.Data.FilingKinds.Get(slug), places, amount, onePartyOutside, SeededReference.Data.Jurisdiction);

    private static string[] Codes(JurisdictionProposal proposal) => [.. proposal.Courts.Select(c => c.Code)];

    [Fact]
    public void A_loan_goes_to_the_borrower_or_to_the_lender_who_receives_the_money_and_the_plaintiff_chooses()
    {
        // 民事诉讼法 art. 24; 民诉法解释 art. 18 ¶2 and 民间借贷规定 art. 3: 接收货币一方所在地 = 合同履行地; art. 36: the plaintiff chooses
        var proposal = Propose("private-lending", new DisputePlaces { DefendantDomicile = "厦门市湖里区江头街道", PlaintiffDomicile = "厦门市思明区湖滨南路" });

        Codes(proposal).ShouldBe(["闽0206", "闽0203"]);
        proposal.Explanation.ShouldContain("民事诉讼法第二十四条");
        proposal.Explanation.ShouldContain("民诉法解释第十八条第二款");
        proposal.Explanation.ShouldContain("民间借贷");
        proposal.Explanation.ShouldContain("民事诉讼法第三十六条");
    }

    [Fact]
    public void An_agreed_place_of_performance_replaces_the_receiving_party()
    {
        // 民诉法解释 art. 18 ¶1
        var proposal = Propose("sale-contract", new DisputePlaces
        {
            DefendantDomicile = "集美区", PlaintiffDomicile = "思明区", AgreedPerformancePlace = "厦门市翔安区某工业园",
        });

        Codes(proposal).ShouldBe(["闽0211", "闽0213"]);
    }

    [Fact]
    public void A_buyer_claiming_the_goods_sues_where_the_seller_is()
    {
        // 民诉法解释 art. 18 ¶2: 其他标的，履行义务一方所在地 — the seller-defendant
        Codes(Propose("sale-contract", new DisputePlaces { DefendantDomicile = "同安区", PlaintiffDomicile = "思明区", PlaintiffReceivesMoney = false }))
            .ShouldBe(["闽0212"]);
    }

    [Fact]
    public void A_written_choice_of_court_is_the_only_connection()
    {
        // 民事诉讼法 art. 35
        var proposal = Propose("financial-loan", new DisputePlaces { DefendantDomicile = "湖里区", PlaintiffDomicile = "海沧区", AgreedCourtPlace = "思明区" });

        Codes(proposal).ShouldBe(["闽0203"]);
        proposal.Explanation.ShouldContain("第三十五条");
    }

    [Fact]
    public void Two_connections_in_one_district_give_one_court()
    {
        Codes(Propose("private-lending", new DisputePlaces { DefendantDomicile = "思明区", PlaintiffDomicile = "厦门市思明区" })).ShouldBe(["闽0203"]);
    }

    [Fact]
    public void A_traffic_accident_goes_where_it_happened_or_where_the_defendant_lives()
    {
        // 民事诉讼法 art. 29
        var proposal = Propose("traffic-accident", new DisputePlaces { TortPlace = "厦门市湖里区仙岳路与金尚路交叉口", DefendantDomicile = "翔安区" });

        Codes(proposal).ShouldBe(["闽0206", "闽0213"]);
        proposal.Explanation.ShouldContain("民事诉讼法第二十九条");
    }

    [Theory]
    // 民事诉讼法 art. 22: 被告住所地
    [InlineData(false, false, new[] { "闽0205" })]
    // 民诉法解释 art. 12: 夫妻一方离开住所地超过一年 → also 原告住所地
    [InlineData(true, false, new[] { "闽0205", "闽0212" })]
    // 民事诉讼法 art. 23: 被告不在中华人民共和国领域内居住或者下落不明 → 原告住所地
    [InlineData(false, true, new[] { "闽0212" })]
    public void A_divorce_goes_to_the_defendant_or_in_the_statutory_exceptions_to_the_plaintiff(bool away, bool abroad, string[] codes)
    {
        var places = new DisputePlaces { DefendantDomicile = "海沧区", PlaintiffDomicile = "同安区", DefendantAwayOverOneYear = away, DefendantAbroadOrMissing = abroad };

        Codes(Propose("divorce", places, amount: null)).ShouldBe(codes);
    }

    [Fact]
    public void A_labour_dispute_goes_to_the_employer_or_the_workplace_and_never_up_a_level()
    {
        // 劳动争议解释（一）art. 3: 用人单位所在地或者劳动合同履行地的基层人民法院
        var proposal = Propose("labour-dispute", new DisputePlaces { EmployerLocation = "思明区", LabourContractPlace = "集美区" }, amount: 600_000_000m);

        Codes(proposal).ShouldBe(["闽0203", "闽0211"]);
        proposal.Explanation.ShouldContain("解释（一）第三条");
    }

    [Theory]
    // 法发〔2021〕27号 art. 1: all parties in (or all outside) Fujian → intermediate from 5亿, 以上 includes the number (民法典 art. 1259)
    [InlineData("499999999.99", false, "闽0203")]
    [InlineData("500000000", false, "闽02")]
    // art. 2: one party outside Fujian → intermediate from 1亿
    [InlineData("99999999.99", true, "闽0203")]
    [InlineData("100000000", true, "闽02")]
    [InlineData("499999999.99", true, "闽02")]
    // 法发〔2019〕14号 art. 2: high court from 50亿 (包含本数)
    [InlineData("4999999999.99", false, "闽02")]
    [InlineData("5000000000", false, "闽")]
    [InlineData("5000000000", true, "闽")]
    public void The_amount_claimed_decides_the_level(string amount, bool onePartyOutside, string code)
    {
        var proposal = Propose("private-lending", new DisputePlaces { DefendantDomicile = "思明区", PlaintiffDomicile = "思明区" },
            decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), onePartyOutside);

        Codes(proposal).ShouldBe([code]);
        proposal.Explanation.ShouldContain(code == "闽" ? "法发〔2019〕14号" : "法发〔2021〕27号");
    }

    [Fact]
    public void A_place_outside_Xiamen_is_named_with_whom_to_consult_and_not_guessed()
    {
        var proposal = Propose("private-lending", new DisputePlaces { DefendantDomicile = "北京市朝阳区建国路", PlaintiffDomicile = "泉州市丰泽区" });

        proposal.Courts.ShouldBeEmpty();
        proposal.Explanation.ShouldContain("北京市朝阳区建国路");
        proposal.Explanation.ShouldContain("被告住所地所在地的基层人民法院咨询");
        proposal.Explanation.ShouldContain("12368");
    }

    [Fact]
    public void A_defendant_outside_Xiamen_still_leaves_the_Xiamen_court_of_the_lender()
    {
        var proposal = Propose("private-lending", new DisputePlaces { DefendantDomicile = "福州市鼓楼区", PlaintiffDomicile = "厦门市海沧区" });

        Codes(proposal).ShouldBe(["闽0205"]);
        proposal.Explanation.ShouldContain("福州市鼓楼区");
    }

    [Fact]
    public void A_missing_place_is_asked_for()
    {
        var proposal = Propose("traffic-accident", new DisputePlaces { DefendantDomicile = "思明区" });

        proposal.Courts.ShouldBeEmpty();
        proposal.Explanation.ShouldContain("请填写侵权行为地");
    }

    [Theory]
    [InlineData("思明区", "闽0203")]
    [InlineData("福建省厦门市翔安区新店镇", "闽0213")]
    [InlineData("厦门市同安路", null)]      // a road named after a district is not the district
    [InlineData("漳州市湖里村", null)]      // another city
    [InlineData("", null)]
    public void A_place_is_located_only_by_a_configured_district(string place, string? code)
    {
        SeededReference.Data.Jurisdiction.Locate(place)?.Court.Code.ShouldBe(code);
        if (code is null) SeededReference.Data.Jurisdiction.Locate(place).ShouldBeNull();
    }
}
