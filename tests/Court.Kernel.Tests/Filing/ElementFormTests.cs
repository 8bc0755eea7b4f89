using Court.Kernel.Calendar;
using Court.Kernel.Filing;
using Court.Kernel.Tests.Reference;

namespace Court.Kernel.Tests.Filing;

public class Validating_an_element_based_complaint
{
    private static readonly DateOnly Today = new(2026, 3, 17);

    private static FilingCaseKind Kind(string slug) => SeededReference.Data.FilingKinds.Get(slug);

    private static Dictionary<string, string?> Lending(params (string Key, string? Value)[] changes)
    {
        var answers = new Dictionary<string, string?>
        {
            ["principal"] = "100000", ["lentOn"] = "2025-01-10", ["deliveryMethod"] = "银行转账", ["hasWrittenProof"] = "是",
            ["annualRate"] = "6", ["dueOn"] = "2025-12-31", ["repaidPrincipal"] = "20000", ["interestClaimed"] = "5000.50",
            ["guarantee"] = "无担保",
        };
        foreach (var (key, value) in changes) answers[key] = value;
        return answers;
    }

    private static IReadOnlyList<FieldError> Validate(string slug, Dictionary<string, string?> answers, DateOnly? today = null) =>
        ElementForm.Validate(Kind(slug), answers, today ?? Today, new RestDayCalendar(SeededReference.Data.HolidayNotices));

    [Fact]
    public void A_complete_private_lending_form_has_no_errors()
    {
        Validate("private-lending", Lending()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("principal", null, "请填写“借款本金”")]
    [InlineData("principal", "  ", "请填写“借款本金”")]
    [InlineData("principal", "十万", "数字金额")]
    [InlineData("principal", "1e5", "数字金额")]
    [InlineData("principal", "-100", "不能为负数")]
    [InlineData("principal", "100.005", "两位小数")]
    [InlineData("principal", "10000000000000.01", "10万亿")]
    [InlineData("lentOn", "2025-02-30", "不是有效日期")]
    [InlineData("lentOn", "2025/01/10", "不是有效日期")]
    [InlineData("lentOn", "2026-03-18", "不能晚于今天")]
    [InlineData("annualRate", "101", "0至100")]
    [InlineData("annualRate", "-1", "0至100")]
    [InlineData("annualRate", "六", "百分比")]
    [InlineData("deliveryMethod", "刷卡", "银行转账、现金")]
    [InlineData("hasWrittenProof", "yes", "“是”或“否”")]
    [InlineData("repaidPrincipal", "100000.01", "不能超过“借款本金”")]
    public void A_bad_answer_gets_a_chinese_message_on_its_field(string field, string? value, string message)
    {
        var errors = Validate("private-lending", Lending((field, value)));

        errors.ShouldHaveSingleItem().Field.ShouldBe(field);
        errors[0].Message.ShouldContain(message);
    }

    [Theory]
    [InlineData("100000", "2026-03-17")]   // today itself is not the future
    [InlineData("10000000000000", "2025-01-10")]  // 10^13 is the largest amount, inclusive
    [InlineData("0.01", "2025-01-10")]
    [InlineData("100000.50", "2024-02-29")]
    public void Boundary_answers_are_accepted(string principal, string lentOn)
    {
        Validate("private-lending", Lending(("principal", principal), ("lentOn", lentOn), ("repaidPrincipal", "0"))).ShouldBeEmpty();
    }

    [Fact]
    public void An_answer_the_form_does_not_have_is_reported()
    {
        Validate("private-lending", Lending(("favouriteColour", "红"))).ShouldHaveSingleItem().Field.ShouldBe("favouriteColour");
    }

    [Fact]
    public void A_later_date_may_not_precede_the_one_it_follows()
    {
        var answers = new Dictionary<string, string?>
        {
            ["marriedOn"] = "2020-05-20", ["separatedSince"] = "2019-01-01", ["suedBefore"] = "否",
        };

        Validate("divorce", answers).ShouldHaveSingleItem().Message.ShouldContain("不能早于“结婚登记日期”");
    }

    [Fact]
    public void A_property_claim_that_adds_up_to_nothing_is_refused()
    {
        // 诉讼费用交纳办法 art. 13(1) needs an amount above 0: 100,000 − 100,000 + 0
        Validate("private-lending", Lending(("repaidPrincipal", "100000"), ("interestClaimed", null)))
            .ShouldHaveSingleItem().Message.ShouldContain("不大于0");
    }
}

public class The_amount_claimed
{
    private static decimal? Claimed(string slug, params (string Key, string? Value)[] answers) =>
        ElementForm.ClaimedAmount(SeededReference.Data.FilingKinds.Get(slug), answers.ToDictionary(a => a.Key, a => a.Value));

    [Fact]
    public void For_private_lending_is_the_outstanding_principal_plus_the_interest_claimed()
    {
        // 100,000 − 20,000 + 5,000.50
        Claimed("private-lending", ("principal", "100000"), ("repaidPrincipal", "20000"), ("interestClaimed", "5000.50")).ShouldBe(85_000.50m);
        Claimed("private-lending", ("principal", "100000")).ShouldBe(100_000m);
    }

    [Fact]
    public void For_a_bank_loan_is_principal_interest_and_penalty_outstanding()
    {
        Claimed("financial-loan", ("principal", "1000000"), ("outstandingPrincipal", "800000"), ("outstandingInterest", "12000"), ("penaltyInterest", "3000.25"))
            .ShouldBe(815_000.25m);
    }

    [Fact]
    public void For_a_traffic_accident_is_the_sum_of_the_losses()
    {
        Claimed("traffic-accident", ("medicalCosts", "23000"), ("lostIncome", "8000"), ("propertyLoss", "4500")).ShouldBe(35_500m);
    }

    [Fact]
    public void For_a_divorce_is_the_property_to_divide_and_none_without_property()
    {
        // 诉讼费用交纳办法 art. 13(2)1: the fee depends on the property total
        Claimed("divorce", ("propertyValue", "300000")).ShouldBe(300_000m);
        Claimed("divorce", ("marriedOn", "2020-05-20")).ShouldBeNull();
    }

    [Fact]
    public void For_a_labour_dispute_is_none_because_the_fee_is_per_case()
    {
        // 诉讼费用交纳办法 art. 13(4): 每件10元
        Claimed("labour-dispute", ("wagesClaimed", "30000")).ShouldBeNull();
    }
}

public class Checking_a_labour_dispute_after_arbitration
{
    private static Dictionary<string, string?> Labour(params (string Key, string? Value)[] changes)
    {
        var answers = new Dictionary<string, string?>
        {
            ["filerRole"] = "劳动者", ["arbitrationOutcome"] = "仲裁裁决", ["arbitrationCaseNumber"] = "厦劳人仲案〔2026〕88号",
            ["awardIsFinal"] = "否", ["decidedOn"] = "2026-02-27", ["receivedOn"] = "2026-03-02", ["employer"] = "厦门某某贸易有限公司",
            ["position"] = "仓库管理员", ["employedFrom"] = "2022-06-01", ["employedUntil"] = "2025-12-31", ["wagesClaimed"] = "24000",
        };
        foreach (var (key, value) in changes) answers[key] = value;
        return answers;
    }

    private static IReadOnlyList<FieldError> Validate(Dictionary<string, string?> answers, string today) =>
        ElementForm.Validate(SeededReference.Data.FilingKinds.Get("labour-dispute"), answers, DateOnly.Parse(today), new RestDayCalendar(SeededReference.Data.HolidayNotices));

    [Theory]
    // 劳动争议调解仲裁法 arts. 48, 50: 自收到仲裁裁决书之日起十五日内; 民事诉讼法 art. 85: receipt day not counted
    [InlineData("2026-03-02", "2026-03-17", true)]
    [InlineData("2026-03-02", "2026-03-18", false)]
    // 2026-05-01 (day 15) is in the Labour Day holiday (5.1–5.5): the period ends on Wednesday 2026-05-06
    [InlineData("2026-04-16", "2026-05-06", true)]
    [InlineData("2026-04-16", "2026-05-07", false)]
    // 2026-02-20 is in the Spring Festival holiday (2.15–2.23): ends 2026-02-24
    [InlineData("2026-02-05", "2026-02-24", true)]
    [InlineData("2026-02-05", "2026-02-25", false)]
    public void Suing_on_an_award_is_allowed_within_fifteen_days_of_receipt(string receivedOn, string today, bool inTime)
    {
        var errors = Validate(Labour(("decidedOn", "2026-02-01"), ("receivedOn", receivedOn)), today);

        if (inTime) errors.ShouldBeEmpty();
        else errors.ShouldHaveSingleItem().Message.ShouldContain("已超过起诉期限");
    }

    [Fact]
    public void The_late_message_names_the_last_day_and_the_articles()
    {
        var message = Validate(Labour(("receivedOn", "2026-04-16"), ("decidedOn", "2026-04-10")), "2026-05-07").Single().Message;

        message.ShouldContain("2026年5月6日");
        message.ShouldContain("第四十八条、第五十条");
        message.ShouldContain("民事诉讼法第八十五条");
    }

    [Fact]
    public void A_notice_of_non_acceptance_runs_no_fifteen_day_limit()
    {
        // 劳动争议调解仲裁法 art. 29 fixes no period for suing after 不予受理
        Validate(Labour(("arbitrationOutcome", "不予受理通知")), "2026-06-30").ShouldBeEmpty();
    }

    [Fact]
    public void An_employer_cannot_sue_on_a_final_award()
    {
        // art. 47: 终局裁决; art. 49: 用人单位 may apply to the intermediate court to set it aside within 30 days
        var error = Validate(Labour(("filerRole", "用人单位"), ("awardIsFinal", "是")), "2026-03-10").ShouldHaveSingleItem();

        error.Field.ShouldBe("awardIsFinal");
        error.Message.ShouldContain("第四十九条");
    }

    [Fact]
    public void A_worker_may_sue_on_a_final_award()
    {
        // art. 48
        Validate(Labour(("awardIsFinal", "是")), "2026-03-10").ShouldBeEmpty();
    }

    [Fact]
    public void The_award_cannot_be_received_before_it_was_made()
    {
        Validate(Labour(("decidedOn", "2026-03-05")), "2026-03-10").ShouldHaveSingleItem().Field.ShouldBe("receivedOn");
    }

    [Theory]
    // No 2027 holiday notice is loaded: the 15 days end provisionally on Monday 11 January 2027 (the 9th is a Saturday). Up to then is
    // in time; far beyond it surely late; in between no legal consequence follows from a provisional date (DOMAIN.md §6): Court says so.
    [InlineData("2027-01-05", null)]
    [InlineData("2027-01-11", null)]
    [InlineData("2027-01-12", "推算的届满日为2027年1月11日（按法定节日推算")]
    [InlineData("2027-02-01", "已超过起诉期限")]
    public void Without_the_holiday_data_of_the_last_day_the_check_does_not_guess(string today, string? message)
    {
        var errors = Validate(Labour(("decidedOn", "2026-12-20"), ("receivedOn", "2026-12-25")), today);

        if (message is null) errors.ShouldBeEmpty();
        else errors.ShouldHaveSingleItem().Message.ShouldContain(message);
    }
}
