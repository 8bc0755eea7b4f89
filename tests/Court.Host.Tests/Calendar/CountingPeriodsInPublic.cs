using System.Net;
using System.Net.Http.Json;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Support;
using Court.Host.Tests.Pages.Support;

namespace Court.Host.Tests.Calendar;

public sealed class CountingPeriodsInPublic(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Theory]
    // 民事诉讼法第八十五条 with the State Council notices of 2024–2026 (DOMAIN.md §6)
    [InlineData("2026-03-02", 15, "day", "2026-03-17", false)] // an ordinary 15-day appeal period
    [InlineData("2026-02-05", 10, "day", "2026-02-24", true)] // ends in the 2026 Spring Festival (2月15日–23日)
    [InlineData("2026-02-04", 10, "day", "2026-02-14", false)] // Saturday 14 February 2026 is a working day
    [InlineData("2024-04-20", 15, "day", "2024-05-06", true)] // 2024 Labour Day holiday 5月1日–5日
    [InlineData("2024-05-01", 10, "day", "2024-05-11", false)] // Saturday 11 May 2024 is a working day
    [InlineData("2025-09-23", 10, "day", "2025-10-09", true)] // the merged National Day/Mid-Autumn holiday of 2025
    [InlineData("2026-01-31", 1, "month", "2026-02-28", false)] // no 31 February; Saturday 28 February 2026 is a working day
    [InlineData("2024-02-29", 1, "year", "2025-02-28", false)] // a year from 29 February
    [InlineData("2026-03-07", 0, "day", "2026-03-09", true)] // length 0 on a Saturday
    public async Task The_calculator_agrees_with_the_statute_for_years_with_a_notice(string start, int length, string unit, string end, bool rolled)
    {
        using var client = app.CreateAnonymousClient();
        using var response = await client.PostAsJsonAsync("/api/calendar/period-end", new { start, length, unit });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.JsonAsync();
        body.GetProperty("end").GetString().ShouldBe(end);
        body.GetProperty("rolledOverRestDay").GetBoolean().ShouldBe(rolled);
        body.GetProperty("provisional").GetBoolean().ShouldBeFalse();
        body.GetProperty("basis").GetString()!.ShouldContain("第八十五条");
    }

    [Theory]
    // 2027 has no notice in the seeds: 元旦 (1 January, a Friday) is the law's; the period moves to Monday 4 January, provisionally
    [InlineData("2026-12-17", 15, "day", "2027-01-04")]
    [InlineData("2026-12-24", 15, "day", "2027-01-08")]
    [InlineData("2026-07-01", 6, "month", "2027-01-04")]
    public async Task A_date_in_2027_is_counted_on_the_statutory_holidays_and_marked_provisional(string start, int length, string unit, string end)
    {
        using var client = app.CreateAnonymousClient();
        using var response = await client.PostAsJsonAsync("/api/calendar/period-end", new { start, length, unit });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.JsonAsync();
        body.GetProperty("end").GetString().ShouldBe(end);
        body.GetProperty("provisional").GetBoolean().ShouldBeTrue();
        body.GetProperty("basis").GetString()!.ShouldContain("以国务院公布的放假安排为准");
    }

    [Theory]
    [InlineData("""{"start":"2026-13-01","length":15,"unit":"day"}""", "起算日期")]
    [InlineData("""{"start":"20261201","length":15,"unit":"day"}""", "yyyy-MM-dd")]
    [InlineData("""{"start":"2026-12-01","length":-1,"unit":"day"}""", "期间长度")]
    [InlineData("""{"start":"2026-12-01","length":15,"unit":"week"}""", "期间单位")]
    [InlineData("""{"start":"2026-12-01","unit":"day"}""", "期间长度")]
    [InlineData("""{"length":15,"unit":"day"}""", "起算日期")]
    [InlineData("""{"start":"2099-12-01","length":100,"unit":"year"}""", "超出可计算的范围")]
    [InlineData("""{"start":"2026-12-01","length":"fifteen","unit":"day"}""", "")]
    [InlineData("""[1,2,3]""", "")]
    public async Task Bad_input_is_a_400_problem_in_Chinese(string json, string mentions)
    {
        using var client = app.CreateAnonymousClient();
        using var response = await client.PostAsync("/api/calendar/period-end",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.JsonAsync();
        problem.GetProperty("detail").GetString()!.ShouldMatch("[\u4e00-\u9fff]");
        // the detail says what is wrong in general; each field's message is under errors
        var said = problem.TryGetProperty("errors", out var errors)
            ? string.Join(" ", errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray()).Select(m => m.GetString()))
            : "";
        said.ShouldContain(mentions);
    }

    [Fact]
    public async Task The_calculators_page_counts_a_period_and_a_fee_and_the_home_page_links_to_it()
    {
        using var client = app.CreateClient();
        var home = await client.PageAsync("/");
        foreach (var link in new[] { "/calculators", "/progress", "/verify" }) home.QuerySelector($"a[href='{link}']").ShouldNotBeNull(link);

        var page = await client.PageAsync("/calculators");
        var (periodStatus, period) = await client.SubmitAsync("/calculators", page, "[data-test=period-form]",
            new Dictionary<string, string> { ["Start"] = "2026-12-24", ["Length"] = "15", ["Unit"] = "day" });
        periodStatus.ShouldBe(200);
        period.Text("[data-test=period-end]").ShouldBe("2027年1月8日");
        period.Text("[data-test=period-provisional]").ShouldBe("按法定节日推算，以国务院公布的放假安排为准");

        var (_, fee) = await client.SubmitAsync("/calculators", page, "[data-test=fee-form]",
            new Dictionary<string, string> { ["FeeKind"] = "property", ["Amount"] = "200000" });
        // 诉讼费用交纳办法第十三条第一项: 50 + 90,000 × 2.5% + 100,000 × 2% = 4,300
        fee.Text("[data-test=fee-amount]").ShouldBe("4,300.00 元");
    }

    [Fact]
    public async Task A_bad_date_on_the_calculators_page_is_told_next_to_its_field()
    {
        using var client = app.CreateClient();
        var page = await client.PageAsync("/calculators");
        var (status, answer) = await client.SubmitAsync("/calculators", page, "[data-test=period-form]",
            new Dictionary<string, string> { ["Start"] = "2026-02-30", ["Length"] = "15", ["Unit"] = "day" });

        status.ShouldBe(200);
        answer.Text("#period-error").ShouldContain("无法识别");
        answer.QuerySelector("#start")!.GetAttribute("aria-describedby").ShouldBe("period-error");
    }
}
