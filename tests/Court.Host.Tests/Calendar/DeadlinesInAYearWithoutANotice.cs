using System.Net;
using System.Net.Http.Json;
using Court.Host.Persistence;
using Court.Host.Tests.Jobs;
using Court.Host.Tests.Litigation.Support;
using Court.Host.Tests.Pages.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Calendar;

/// <summary>
/// DOMAIN.md §6, from 21 December 2026: a 15-day correction term ends in 2027, whose notice the seeds lack. It is counted on the
/// statutory holidays and marked provisional; it lapses nothing until a loaded notice or a clerk confirms it; loading the notice moves
/// it and tells the filer.
/// </summary>
[Trait("Category", "Persistence")]
public sealed class DeadlinesInAYearWithoutANotice
{
    [Fact]
    public async Task A_correction_requested_in_late_December_ends_in_2027_provisionally_instead_of_failing()
    {
        await using var app = new CalendarAppFactory();
        var (journey, litigant, correction) = await CorrectionRequestedAsync(app);
        using var _ = litigant;

        // 民事诉讼法第八十五条: 21 December + 15 days = Tuesday 5 January 2027, a working day under the law's holidays alone
        correction.GetProperty("correctBy").GetString().ShouldBe("2027-01-05");
        correction.GetProperty("correctByProvisional").GetBoolean().ShouldBeTrue();
        (await journey.FilingAsync()).GetProperty("correctByProvisional").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_provisional_term_lapses_nothing_until_the_notice_moves_it_and_the_filer_is_told()
    {
        await using var app = new CalendarAppFactory();
        var (journey, firstLitigant, _) = await CorrectionRequestedAsync(app);
        firstLitigant.Dispose();

        app.Clock.Advance(TimeSpan.FromDays(20));   // 10 January 2027: past the provisional end
        var litigant = await app.ClientForAsync("litigant");   // the tokens of 21 December have expired
        await app.RunLapsingJobAsync();
        (await litigant.FilingAsync(journey.Id)).GetProperty("status").GetString().ShouldBe("CorrectionRequested");

        using var admin = await app.ClientForAsync("admin");
        using var loaded = await admin.PostAsJsonAsync("/api/admin/holiday-notices", CalendarAppFactory.TestNotice2027(newYearUntil: 5));
        loaded.StatusCode.ShouldBe(HttpStatusCode.OK, await loaded.Content.ReadAsStringAsync());
        var moved = (await loaded.JsonAsync()).GetProperty("movedDeadlines").EnumerateArray().ToList();
        moved.ShouldContain(m => m.GetProperty("label").GetString() == "补正期限"
            && m.GetProperty("from").GetString() == "2027-01-05" && m.GetProperty("to").GetString() == "2027-01-06");

        var filing = await litigant.FilingAsync(journey.Id);
        filing.GetProperty("correctBy").GetString().ShouldBe("2027-01-06");
        filing.GetProperty("correctByProvisional").GetBoolean().ShouldBeFalse();
        var messages = await (await litigant.GetAsync("/api/me/notifications")).JsonAsync();
        messages.GetProperty("items").EnumerateArray().ShouldContain(n => n.GetProperty("title").GetString() == "补正期限已调整"
            && n.GetProperty("body").GetString()!.Contains("由2027年1月5日调整为2027年1月6日"));

        await app.RunLapsingJobAsync();
        (await litigant.FilingAsync(journey.Id)).GetProperty("status").GetString().ShouldBe("Lapsed");
        litigant.Dispose();
    }

    [Fact]
    public async Task A_clerk_who_confirms_a_provisional_term_lets_it_lapse()
    {
        await using var app = new CalendarAppFactory();
        var (journey, filer, _) = await CorrectionRequestedAsync(app);
        filer.Dispose();
        using var clerk = await app.ClientForAsync("clerk");
        using var litigant = await app.ClientForAsync("litigant");

        using var byLitigant = await litigant.PostAsync($"/api/filing-review/{journey.Id}/correction-deadline/confirmation", null);
        byLitigant.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await FilingJourney.ReviewAsync(clerk, journey.Id, "correction-deadline/confirmation");
        using var again = await clerk.PostAsync($"/api/filing-review/{journey.Id}/correction-deadline/confirmation", null);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        app.Clock.Advance(TimeSpan.FromDays(20));
        await app.RunLapsingJobAsync();
        using var later = await app.ClientForAsync("litigant");
        (await later.FilingAsync(journey.Id)).GetProperty("status").GetString().ShouldBe("Lapsed");
    }

    [Fact]
    public async Task Only_the_court_admin_loads_a_notice_and_a_malformed_one_is_refused_in_Chinese()
    {
        await using var app = new CalendarAppFactory();
        using var clerk = await app.ClientForAsync("clerk");
        using var admin = await app.ClientForAsync("admin");

        using var byClerk = await clerk.PostAsJsonAsync("/api/admin/holiday-notices", CalendarAppFactory.TestNotice2027());
        byClerk.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var malformed = new object[]
        {
            new { version = 1, year = 2027, source = "x", holidays = new[] { new { festival = "元旦", firstDay = "2027-01-01", lastDay = "2027-01-03", days = 2 } }, adjustedWorkingDays = Array.Empty<object>() },
            new { version = 1, year = 2027, source = "x", holidays = Array.Empty<object>(), adjustedWorkingDays = new[] { new { date = "2027-01-04", festival = "元旦" } } },
            new { version = 1, year = 2027, source = "", holidays = Array.Empty<object>(), adjustedWorkingDays = Array.Empty<object>() },
            new { year = 2027 },
        };
        foreach (var notice in malformed)
        {
            using var refused = await admin.PostAsJsonAsync("/api/admin/holiday-notices", notice);
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.JsonAsync()).GetProperty("detail").GetString()!.ShouldMatch("[\u4e00-\u9fff]");
        }
        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<CourtDb>().HolidayNotices.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task The_admin_page_shows_the_years_counted_provisionally_and_loads_a_notice()
    {
        await using var app = new CalendarAppFactory();
        using var admin = await app.SignInAsync("admin");

        var page = await admin.PageAsync("/Admin/Holidays");
        page.Text("[data-test=provisional-years]").ShouldContain("2027");
        page.QuerySelector("tr[data-year='2024']").ShouldNotBeNull();

        var json = System.Text.Json.JsonSerializer.Serialize(CalendarAppFactory.TestNotice2027());
        var (status, _) = await admin.SubmitAsync("/Admin/Holidays", page, "[data-test=load-notice]", new Dictionary<string, string> { ["NoticeJson"] = json });
        status.ShouldBe(302);
        var after = await admin.PageAsync("/Admin/Holidays");
        after.Text("tr[data-year='2027']").ShouldContain("管理员载入");
    }

    private static async Task<(FilingJourney Journey, HttpClient Litigant, System.Text.Json.JsonElement Correction)> CorrectionRequestedAsync(CalendarAppFactory app)
    {
        var litigant = await app.ClientForAsync("litigant");
        using var clerk = await app.ClientForAsync("clerk");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        await journey.SubmittedAsync();
        var correction = await FilingJourney.ReviewAsync(clerk, journey.Id, "correction", new { items = new[] { "请补充借条照片" } });
        return (journey, litigant, correction);
    }
}
