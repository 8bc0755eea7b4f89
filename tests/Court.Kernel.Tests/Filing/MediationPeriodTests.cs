using Court.Kernel.Filing;

namespace Court.Kernel.Tests.Filing;

public class The_pre_filing_mediation_period
{
    [Theory]
    // 法发〔2020〕1号 / 《人民法院在线调解规则》: 委派调解期限三十日; the day of assignment is not counted (民事诉讼法第八十五条第二款)
    [InlineData("2026-03-02", null, "2026-04-01")]
    [InlineData("2026-01-31", null, "2026-03-02")]
    // 经双方当事人同意延长
    [InlineData("2026-03-02", 15, "2026-04-16")]
    [InlineData("2026-03-02", 1, "2026-04-02")]
    // Court's decision: the mediator's last day is not moved off a rest day (2026-05-02 is a Saturday in the Labour Day holiday)
    [InlineData("2026-04-02", null, "2026-05-02")]
    public void Ends_thirty_days_after_assignment_plus_the_agreed_extension(string assignedOn, int? extension, string deadline)
    {
        MediationPeriod.DeadlineFor(DateOnly.Parse(assignedOn), extension).ShouldBe(DateOnly.Parse(deadline));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void An_extension_must_add_at_least_a_day(int extension)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => MediationPeriod.DeadlineFor(new DateOnly(2026, 3, 2), extension));
    }
}
