using Court.Kernel.Jobs;

namespace Court.Host.Tests.Jobs;

public sealed class RecurringCadence
{
    private static readonly DateTime Due = new(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc);

    [Theory]
    // 03:30 CST is 19:30 UTC the day before; a time already past today moves to tomorrow.
    [InlineData("2026-11-22T10:00:00Z", "03:30", "2026-11-22T19:30:00Z")]
    [InlineData("2026-11-22T19:29:59Z", "03:30", "2026-11-22T19:30:00Z")]
    [InlineData("2026-11-22T19:30:00Z", "03:30", "2026-11-23T19:30:00Z")]
    [InlineData("2026-11-22T15:59:00Z", "00:00", "2026-11-22T16:00:00Z")]
    public void A_daily_schedule_is_due_next_at_its_time_of_day_in_China_Standard_Time(string nowUtc, string dailyAt, string expectedUtc)
    {
        var definition = new RecurringJobDefinition("daily", "test.record", null, TimeOnly.Parse(dailyAt), "{}");

        definition.NextDueAfter(DateTime.Parse(nowUtc).ToUniversalTime())
            .ShouldBe(DateTime.Parse(expectedUtc).ToUniversalTime());
    }

    [Fact]
    public void An_interval_schedule_moves_on_by_one_interval_and_skips_runs_missed_while_no_node_was_up()
    {
        var definition = new RecurringJobDefinition("every-10", "test.record", TimeSpan.FromMinutes(10), null, "{}");

        definition.NextDueAfterRun(Due, Due.AddSeconds(1)).ShouldBe(Due.AddMinutes(10));
        definition.NextDueAfterRun(Due, Due.AddMinutes(35)).ShouldBe(Due.AddMinutes(40));
        definition.NextDueAfterRun(Due, Due.AddMinutes(40)).ShouldBe(Due.AddMinutes(50));
    }

    [Fact]
    public void A_schedule_has_an_interval_or_a_daily_time_and_says_which_in_chinese()
    {
        Should.Throw<ArgumentException>(() => new RecurringJobDefinition("both", "k", TimeSpan.FromMinutes(1), new TimeOnly(3, 0), "{}"));
        Should.Throw<ArgumentException>(() => new RecurringJobDefinition("neither", "k", null, null, "{}"));

        new RecurringJobDefinition("a", "k", TimeSpan.FromMinutes(5), null, "{}").DescribeInChinese().ShouldBe("每 5 分钟");
        new RecurringJobDefinition("b", "k", TimeSpan.FromHours(2), null, "{}").DescribeInChinese().ShouldBe("每 2 小时");
        new RecurringJobDefinition("c", "k", null, new TimeOnly(3, 30), "{}").DescribeInChinese().ShouldBe("每天 03:30（北京时间）");
    }
}
