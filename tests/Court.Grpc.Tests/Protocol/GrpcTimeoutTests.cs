namespace Court.Grpc.Tests.Protocol;

public class GrpcTimeoutTests
{
    public static TheoryData<string, TimeSpan> Parsed => new()
    {
        { "1H", TimeSpan.FromHours(1) },
        { "2M", TimeSpan.FromMinutes(2) },
        { "30S", TimeSpan.FromSeconds(30) },
        { "300m", TimeSpan.FromMilliseconds(300) },
        { "1500u", TimeSpan.FromTicks(15_000) },
        { "100n", TimeSpan.FromTicks(1) },
        { "1n", TimeSpan.FromTicks(1) }, // rounded up: a deadline never comes early
        { "0m", TimeSpan.Zero },
        { "99999999H", TimeSpan.FromHours(99_999_999) },
        { "00000001S", TimeSpan.FromSeconds(1) },
    };

    [Theory]
    [MemberData(nameof(Parsed))]
    public void A_valid_timeout_parses(string header, TimeSpan expected)
    {
        GrpcTimeout.TryParse(header, out var timeout).ShouldBeTrue();
        timeout.ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("S")]
    [InlineData("10")]
    [InlineData("10s")]
    [InlineData("10 S")]
    [InlineData("-1S")]
    [InlineData("+1S")]
    [InlineData("123456789S")]
    [InlineData("1.5S")]
    [InlineData("１S")]
    public void A_malformed_timeout_is_rejected(string header) =>
        GrpcTimeout.TryParse(header, out _).ShouldBeFalse();

    public static TheoryData<TimeSpan, string> Formatted => new()
    {
        { TimeSpan.FromTicks(1), "100n" },
        { TimeSpan.FromTicks(999_999), "99999900n" },
        { TimeSpan.FromMilliseconds(300), "300000u" },
        { TimeSpan.FromSeconds(5), "5000000u" },
        { TimeSpan.FromSeconds(100), "100000m" },
        { TimeSpan.FromSeconds(100_000) + TimeSpan.FromTicks(1), "100001S" },
        { TimeSpan.FromDays(3650), "5256000M" },
        { TimeSpan.MaxValue, "99999999H" },
        { TimeSpan.Zero, "1n" },
        { TimeSpan.FromSeconds(-3), "1n" },
    };

    [Theory]
    [MemberData(nameof(Formatted))]
    public void A_timeout_is_sent_in_the_finest_unit_that_fits_eight_digits(TimeSpan timeout, string expected) =>
        GrpcTimeout.Format(timeout).ShouldBe(expected);

    [Theory]
    [InlineData(1L)]
    [InlineData(3_000_000L)]
    [InlineData(123_456_789_012L)]
    public void A_formatted_timeout_parses_back_no_shorter(long ticks)
    {
        GrpcTimeout.TryParse(GrpcTimeout.Format(TimeSpan.FromTicks(ticks)), out var parsed).ShouldBeTrue();
        parsed.Ticks.ShouldBeGreaterThanOrEqualTo(ticks);
    }
}
