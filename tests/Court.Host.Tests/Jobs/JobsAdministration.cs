using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Court.Host.Tests.Jobs;

[Trait("Category", "Persistence")]
public sealed class JobsAdministration(JobsAppFactory app) : IClassFixture<JobsAppFactory>
{
    [Fact]
    public async Task The_jobs_page_lists_a_dead_letter_in_chinese_and_its_retry_button_runs_it_again()
    {
        using var api = await app.ClientForAsync("admin");
        var id = await DeadLetterAsync(api, "page");
        using var browser = await app.SignInAsync("admin");

        var page = await browser.GetPageAsync("/Admin/Jobs?status=Failed");

        page.QuerySelector("h1")!.TextContent.ShouldBe("后台任务");
        var row = page.QuerySelector($"tr[data-job-id='{id}']").ShouldNotBeNull();
        row.QuerySelector("[data-label=状态]")!.TextContent.Trim().ShouldBe("失败");
        row.QuerySelector("[data-label=尝试次数]")!.TextContent.Trim().ShouldBe("5 / 5");
        row.QuerySelector("[data-label=最近错误]")!.TextContent.ShouldContain("模拟故障 page");
        var retry = row.QuerySelector<IHtmlFormElement>("form").ShouldNotBeNull();
        retry.QuerySelector("button")!.TextContent.ShouldBe("重试");
        retry.QuerySelector("input[name=__RequestVerificationToken]").ShouldNotBeNull();

        app.Ledger.Failing["page"] = false;
        using var posted = await browser.SubmitAsync(retry, "/Admin/Jobs");

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await app.WaitForJobAsync(api, id, "the retried job to succeed", j => j.Status == "Succeeded");
        var after = await browser.GetPageAsync("/Admin/Jobs");
        after.QuerySelector("[role=status]")!.TextContent.ShouldContain("已重新排队");
        after.QuerySelector($"tr[data-job-id='{id}'] [data-label=状态]")!.TextContent.Trim().ShouldBe("已完成");
        var schedule = after.QuerySelector($"tr[data-schedule='{JobsAppFactory.TestSchedule}']").ShouldNotBeNull();
        schedule.QuerySelector("[data-label=周期]")!.TextContent.ShouldBe("每 10 分钟");
        schedule.QuerySelector("button")!.TextContent.ShouldBe("立即运行");
        after.QuerySelector("tr[data-schedule='sms-outbox-sweep'] [data-label=任务类型]")!.TextContent.ShouldBe("发送短信通知");
    }

    [Fact]
    public async Task A_retry_posted_without_the_antiforgery_token_is_refused()
    {
        using var browser = await app.SignInAsync("admin");

        using var forged = await browser.PostAsync(new Uri($"/Admin/Jobs?handler=Retry&id={Guid.NewGuid()}", UriKind.Relative), new FormUrlEncodedContent([]));

        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Someone_who_is_not_a_court_admin_gets_403_from_the_jobs_api_and_no_jobs_page()
    {
        using var judge = await app.ClientForAsync("judge");
        using var anonymous = app.CreateAnonymousClient();
        using var judgeBrowser = await app.SignInAsync("judge");

        using var list = await judge.GetAsync(new Uri("/api/admin/jobs", UriKind.Relative));
        using var retry = await judge.PostAsync(new Uri($"/api/admin/jobs/{Guid.NewGuid()}/retry", UriKind.Relative), null);
        using var run = await judge.PostAsync(new Uri("/api/admin/recurring-jobs/sms-outbox-sweep/run", UriKind.Relative), null);
        using var unauthenticated = await anonymous.GetAsync(new Uri("/api/admin/jobs", UriKind.Relative));
        using var page = await judgeBrowser.GetAsync(new Uri("/Admin/Jobs", UriKind.Relative));

        list.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        list.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        retry.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        run.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        unauthenticated.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task An_unknown_status_filter_is_a_400_in_chinese()
    {
        using var admin = await app.ClientForAsync("admin");

        using var response = await admin.GetAsync(new Uri("/api/admin/jobs?status=Exploded", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("detail").GetString()!.ShouldStartWith("任务状态“Exploded”无效");
    }

    /// <summary>Runs a job that fails every time through all its attempts, moving the clock past each backoff.</summary>
    private async Task<Guid> DeadLetterAsync(HttpClient admin, string tag)
    {
        var id = await app.Queue.EnqueueAsync(FlakyHandler.JobKind, new TestPayload(tag));
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await app.WaitForJobAsync(admin, id, $"attempt {attempt} to fail", j => j.Status == "Queued" && j.Attempts == attempt);
            app.Clock.Advance(TimeSpan.FromSeconds(5 * Math.Pow(2, attempt - 1)));
        }
        await app.WaitForJobAsync(admin, id, "the job to dead-letter", j => j.Status == "Failed");
        return id;
    }
}
