using Court.Kernel.Filing;
using Court.Kernel.Tests.Reference;

namespace Court.Kernel.Tests.Filing;

public class The_guided_interview
{
    private static FilingSuggestion Suggest(params (string Key, string Value)[] answers) =>
        FilingGuide.Suggest(SeededReference.Data.FilingKinds, answers.ToDictionary(a => a.Key, a => (string?)a.Value));

    [Theory]
    // 民间借贷规定 art. 1: 自然人、法人和非法人组织之间的资金融通
    [InlineData("person", "loan", "repay", null, "private-lending")]
    [InlineData("organisation", "loan", "repay", null, "private-lending")]
    // 民间借贷规定 art. 1 ¶2: a licensed lender's loan is 金融借款合同
    [InlineData("bank", "loan", "repay", null, "financial-loan")]
    // 民法典 art. 595
    [InlineData("organisation", "goods", "repay", null, "sale-contract")]
    [InlineData("person", "goods", "deliver", null, "sale-contract")]
    // 劳动争议调解仲裁法 arts. 29, 48, 50: after an award or a notice of non-acceptance
    [InlineData("person", "work", null, "award", "labour-dispute")]
    [InlineData("organisation", "work", null, "not-accepted", "labour-dispute")]
    // 民法典 art. 1079
    [InlineData("person", "marriage", "divorce", null, "divorce")]
    // 民法典 art. 1208
    [InlineData("person", "traffic", "compensate", null, "traffic-accident")]
    public void Proposes_the_kind_with_its_reason(string who, string what, string? want, string? arbitration, string slug)
    {
        var answers = new List<(string, string)> { ("who", who), ("what", what) };
        if (want is not null) answers.Add(("want", want));
        if (arbitration is not null) answers.Add(("arbitration", arbitration));

        var suggestion = Suggest([.. answers]);

        suggestion.Kind!.Slug.ShouldBe(slug);
        suggestion.NextQuestion.ShouldBeNull();
        suggestion.Explanation.ShouldStartWith($"建议案由：{suggestion.Kind.Name}。");
        suggestion.Explanation.ShouldContain("第");
    }

    [Fact]
    public void Asks_the_questions_in_order_and_skips_those_that_do_not_apply()
    {
        Suggest().NextQuestion!.Key.ShouldBe("who");
        Suggest(("who", "person")).NextQuestion!.Key.ShouldBe("what");
        Suggest(("who", "person"), ("what", "loan")).NextQuestion!.Key.ShouldBe("want");
        // a labour dispute is not asked "what do you want" but whether it went to arbitration
        Suggest(("who", "person"), ("what", "work")).NextQuestion!.Key.ShouldBe("arbitration");
    }

    [Fact]
    public void A_labour_dispute_without_arbitration_is_sent_to_arbitration_first()
    {
        // 劳动争议调解仲裁法 art. 5: 仲裁前置
        var suggestion = Suggest(("who", "person"), ("what", "work"), ("arbitration", "none"));

        suggestion.Kind.ShouldBeNull();
        suggestion.NextQuestion.ShouldBeNull();
        suggestion.Explanation.ShouldContain("劳动争议调解仲裁法第五条");
        suggestion.Explanation.ShouldContain("劳动人事争议仲裁委员会");
    }

    [Fact]
    public void A_pending_arbitration_is_told_when_it_may_sue()
    {
        // 劳动争议调解仲裁法 art. 43: 逾期未作出仲裁裁决的，可以向人民法院起诉
        Suggest(("who", "person"), ("what", "work"), ("arbitration", "pending")).Explanation.ShouldContain("第四十三条");
    }

    [Fact]
    public void Answers_that_fit_no_kind_get_a_place_to_ask()
    {
        var suggestion = Suggest(("who", "person"), ("what", "traffic"), ("want", "divorce"));

        suggestion.Kind.ShouldBeNull();
        suggestion.Explanation.ShouldContain("12368");
    }

    [Fact]
    public void An_answer_that_is_not_an_option_is_asked_again()
    {
        var suggestion = Suggest(("who", "alien"));

        suggestion.NextQuestion!.Key.ShouldBe("who");
        suggestion.Explanation.ShouldContain("没有“alien”这个选项");
    }
}

public class A_broken_filing_catalogue
{
    private static readonly InterviewQuestion What = new("what", "发生了什么？", [new("loan", "借款")]);

    private static FilingCaseKind Kind(IReadOnlyList<ElementField> fields, IReadOnlyList<ClaimTerm>? claim = null, string when = "loan") =>
        new("k", "案由", "民初", Court.Kernel.Fees.FeeKind.Property, JurisdictionRule.Contract, "理由",
            new Dictionary<string, IReadOnlyList<string>> { ["what"] = [when] }, fields, claim ?? [], []);

    [Fact]
    public void Is_refused_when_a_kind_is_reached_by_an_answer_the_interview_does_not_offer()
    {
        Should.Throw<ArgumentException>(() => new FilingCatalogue([Kind([], when: "gift")], [What]));
    }

    [Fact]
    public void Is_refused_when_the_claim_adds_up_a_field_that_is_not_money()
    {
        ElementField text = new("note", "说明", ElementFieldType.Text, false, "提示");
        Should.Throw<ArgumentException>(() => new FilingCatalogue([Kind([text], [new ClaimTerm("note")])], [What]));
    }

    [Fact]
    public void Is_refused_when_a_choice_has_no_choices()
    {
        ElementField choice = new("pick", "选择", ElementFieldType.Choice, true, "提示");
        Should.Throw<ArgumentException>(() => new FilingCatalogue([Kind([choice])], [What]));
    }
}
