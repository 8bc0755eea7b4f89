using System.Net;
using System.Net.Http.Json;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Support;
using Court.Seeds.Reference;

namespace Court.Host.Tests.Calendar;

/// <summary>
/// Reference data is a service of the host, not static state: a test host runs on reference data of its own, so it can give a year
/// with or without the State Council's notice (issue 12 point 3).
/// </summary>
public sealed class ChoosingTheYearsWithANotice
{
    [Fact]
    public async Task A_host_whose_reference_data_lacks_2026_counts_the_spring_festival_on_the_statutory_holidays_provisionally()
    {
        var shipped = ReferenceData.FromSeeds();
        await using var app = new CourtAppFactory { Reference = shipped.WithHolidayNotices(shipped.HolidayNotices.Where(n => n.Year != 2026)) };
        using var client = app.CreateAnonymousClient();

        var body = await PeriodEndAsync(client, "2026-02-05", 10);

        // With the notice the period ends on 24 February (the holiday runs 15–23 February); the law alone rests 16–19 February.
        body.GetProperty("end").GetString().ShouldBe("2026-02-20");
        body.GetProperty("provisional").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_host_given_only_the_2024_notice_counts_2025_provisionally_and_2024_by_the_notice()
    {
        var shipped = ReferenceData.FromSeeds();
        await using var app = new CourtAppFactory { Reference = shipped.WithHolidayNotices(shipped.HolidayNotices.Where(n => n.Year == 2024)) };
        using var client = app.CreateAnonymousClient();

        var labourDay2024 = await PeriodEndAsync(client, "2024-04-20", 15);
        labourDay2024.GetProperty("end").GetString().ShouldBe("2024-05-06");
        labourDay2024.GetProperty("provisional").GetBoolean().ShouldBeFalse();
        (await PeriodEndAsync(client, "2025-09-23", 10)).GetProperty("provisional").GetBoolean().ShouldBeTrue();
    }

    private static async Task<System.Text.Json.JsonElement> PeriodEndAsync(HttpClient client, string start, int days)
    {
        using var response = await client.PostAsJsonAsync("/api/calendar/period-end", new { start, length = days, unit = "day" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }
}
