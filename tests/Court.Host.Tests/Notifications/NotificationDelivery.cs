using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Court.Host.Demo;
using Court.Host.Persistence;
using Court.Host.Tests.Jobs;
using Court.Kernel.Notifications;
using Court.Seeds.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Notifications;

[Trait("Category", "Persistence")]
public sealed class NotificationDelivery(NotificationsAppFactory app) : IClassFixture<NotificationsAppFactory>
{
    private static readonly string[] DemoPhones = DemoCatalogue.Accounts.Where(a => a.PhoneNumber is not null).Select(a => a.PhoneNumber!).ToArray();

    [Fact]
    public async Task Every_demo_account_is_welcomed_in_the_portal_and_by_one_sms_where_it_has_a_phone()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var admin = await app.ClientForAsync("admin");

        var litigantInbox = await litigant.GetFromJsonAsync<JsonElement>("/api/me/notifications");
        var adminInbox = await admin.GetFromJsonAsync<JsonElement>("/api/me/notifications");

        // The demo litigant also hears about the demo filings; the welcome is one message among them.
        var welcome = litigantInbox.GetProperty("items").EnumerateArray().Where(n => n.GetProperty("title").GetString() == "欢迎使用智慧法院")
            .ShouldHaveSingleItem();
        welcome.GetProperty("body").GetString()!.ShouldStartWith("陈明，您好！");
        welcome.GetProperty("isRead").GetBoolean().ShouldBeFalse();
        litigantInbox.GetProperty("unreadCount").GetInt32().ShouldBe(litigantInbox.GetProperty("items").GetArrayLength());
        adminInbox.GetProperty("items").GetArrayLength().ShouldBe(1);
        var welcomes = await WelcomeSmsPhonesAsync();
        welcomes.Order().ShouldBe(DemoPhones.Order());
    }

    [Fact]
    public async Task Seeding_the_demo_again_as_a_restart_does_sends_nothing_new()
    {
        await WelcomeSmsPhonesAsync();

        await app.Services.GetRequiredService<DemoData>().EnsureAsync(CancellationToken.None);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        await Eventually.HoldsAsync("the outbox sent", async () => !await db.SmsOutbox.AsNoTracking().AnyAsync(m => m.SentAt == null));
        await app.EveryWorkerHasLookedAsync();
        (await db.Notifications.CountAsync(n => n.IdempotencyKey!.StartsWith("demo-welcome:"))).ShouldBe(DemoCatalogue.Accounts.Count);
        (await db.SmsOutbox.CountAsync(m => m.IdempotencyKey!.StartsWith("demo-welcome:"))).ShouldBe(DemoPhones.Length);
        (await WelcomeSmsPhonesAsync()).Length.ShouldBe(DemoPhones.Length);
    }

    [Fact]
    public async Task A_notification_with_a_key_is_stored_once_and_its_sms_goes_out_once()
    {
        await WelcomeSmsPhonesAsync();
        var judge = await UserIdAsync("judge");
        var caseId = DemoCatalogue.Cases[0].Id;

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.Notifier.NotifyAsync(judge, "开庭提醒", "（2026）闽0203民初1号案件将于明日 9:00 在第三法庭开庭。",
            NotificationChannels.All, "test:hearing-reminder", caseId)));

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        var stored = await db.Notifications.Where(n => n.IdempotencyKey == "test:hearing-reminder").ToListAsync();
        stored.ShouldHaveSingleItem().CaseId.ShouldBe(caseId);
        const string text = "【智慧法院】开庭提醒：（2026）闽0203民初1号案件将于明日 9:00 在第三法庭开庭。详情请登录诉讼服务平台，在“我的消息”中查看。";
        var sms = await db.SmsOutbox.SingleAsync(m => m.IdempotencyKey == "test:hearing-reminder");
        sms.Text.ShouldBe(text);
        await Eventually.HoldsAsync("the outbox row marked sent", async () =>
            await db.SmsOutbox.AsNoTracking().AnyAsync(m => m.Id == sms.Id && m.SentAt != null));
        await Eventually.HoldsAsync("the reminder delivered", () => Task.FromResult(Delivered().Any(m => m.Text == text)));
        await app.EveryWorkerHasLookedAsync();
        Delivered().Where(m => m.Text == text).ShouldHaveSingleItem().Phone.ShouldBe("13900000004");
    }

    [Fact]
    public async Task The_inbox_page_shows_my_messages_and_marks_them_read()
    {
        using var browser = await app.SignInAsync("lawyer");

        var page = await browser.GetPageAsync("/Inbox");

        page.QuerySelector("h1")!.TextContent.ShouldBe("我的消息");
        var row = page.QuerySelector("tr[data-read=false]").ShouldNotBeNull();
        row.QuerySelector("[data-label=标题]")!.TextContent.ShouldBe("欢迎使用智慧法院");
        var form = row.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("form").ShouldNotBeNull();
        using var posted = await browser.SubmitAsync(form, "/Inbox");
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await browser.GetPageAsync("/Inbox");
        after.QuerySelector("tr[data-read=false]").ShouldBeNull();
        after.QuerySelector("tr[data-read=true] [data-label=状态]")!.TextContent.ShouldBe("已读");
    }

    [Fact]
    public async Task Nobody_can_mark_someone_elses_message_read_and_strangers_get_no_inbox()
    {
        using var clerk = await app.ClientForAsync("clerk");
        using var creditor = await app.ClientForAsync("creditor");
        using var anonymous = app.CreateAnonymousClient();
        var clerkMessage = (await clerk.GetFromJsonAsync<JsonElement>("/api/me/notifications")).GetProperty("items")[0].GetProperty("id").GetGuid();

        using var foreign = await creditor.PostAsync(new Uri($"/api/me/notifications/{clerkMessage}/read", UriKind.Relative), null);
        using var own = await clerk.PostAsync(new Uri($"/api/me/notifications/{clerkMessage}/read", UriKind.Relative), null);
        using var stranger = await anonymous.GetAsync(new Uri("/api/me/notifications", UriKind.Relative));
        using var strangerPage = await anonymous.GetAsync(new Uri("/Inbox", UriKind.Relative));

        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        own.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await clerk.GetFromJsonAsync<JsonElement>("/api/me/notifications")).GetProperty("unreadCount").GetInt32().ShouldBe(0);
        stranger.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        strangerPage.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    /// <summary>Waits for every demo phone's welcome SMS and returns the phones they went to.</summary>
    private async Task<string[]> WelcomeSmsPhonesAsync()
    {
        static bool IsWelcome(DeliveredSms m) => m.Text.StartsWith("【智慧法院】欢迎使用智慧法院", StringComparison.Ordinal);
        await Eventually.HoldsAsync("the welcome SMS messages", () => Task.FromResult(Delivered().Count(IsWelcome) >= DemoPhones.Length));
        return Delivered().Where(IsWelcome).Select(m => m.Phone).ToArray();
    }

    private List<DeliveredSms> Delivered() => app.DeliveredFiles()
        .Select(f => JsonSerializer.Deserialize<DeliveredSms>(File.ReadAllText(f), JsonSerializerOptions.Web)!)
        .ToList();

    private sealed record DeliveredSms(Guid MessageId, string Phone, string Text);

    private async Task<Guid> UserIdAsync(string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CourtDb>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }
}
