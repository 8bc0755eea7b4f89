using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Court.Host.Persistence;
using Court.Host.Tests.Jobs;
using Court.Kernel.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Notifications;

/// <summary>Issue 12 point 19: a message links to its filing, case or document, opening it marks it read, the header counts what is unread.</summary>
[Trait("Category", "Persistence")]
public sealed class MessagesLeadToWhatTheyAreAbout(NotificationsAppFactory app) : IClassFixture<NotificationsAppFactory>
{
    [Fact]
    public async Task A_filings_progress_message_links_to_the_filing_and_does_not_ask_a_signed_in_user_to_sign_in()
    {
        using var litigant = await app.ClientForAsync("litigant");

        var inbox = await litigant.GetFromJsonAsync<JsonElement>("/api/me/notifications");

        var progress = inbox.GetProperty("items").EnumerateArray().Where(n => n.GetProperty("title").GetString()!.StartsWith("立案进度", StringComparison.Ordinal)).ToList();
        progress.ShouldNotBeEmpty();
        progress.ShouldAllBe(n => n.GetProperty("link").GetString()!.StartsWith("/Portals/Filing/", StringComparison.Ordinal));
        inbox.GetProperty("items").EnumerateArray().ShouldAllBe(n => !n.GetProperty("body").GetString()!.Contains("请登录"));
    }

    [Fact]
    public async Task Opening_a_message_marks_it_read_and_goes_to_its_filing()
    {
        using var browser = await app.SignInAsync("litigant");
        var inbox = await browser.GetPageAsync("/Inbox");
        var title = inbox.QuerySelector("tr[data-read=false] [data-label=标题] a[data-opens^='/Portals/Filing/']").ShouldNotBeNull();
        var id = title.Closest("tr")!.GetAttribute("data-notification-id");

        using var opened = await browser.GetAsync(new Uri(title.GetAttribute("href")!, UriKind.Relative));

        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        opened.Headers.Location!.OriginalString.ShouldBe(title.GetAttribute("data-opens"));
        var after = await browser.GetPageAsync("/Inbox");
        after.QuerySelector($"tr[data-notification-id='{id}']")!.GetAttribute("data-read").ShouldBe("true");
    }

    [Fact]
    public async Task The_header_counts_the_unread_messages_on_every_signed_in_page()
    {
        using var browser = await app.SignInAsync("judge");
        using var api = await app.ClientForAsync("judge");
        var unread = (await api.GetFromJsonAsync<JsonElement>("/api/me/notifications")).GetProperty("unreadCount").GetInt32();

        var portal = await browser.GetPageAsync("/Portals/Judge");
        var calculators = await browser.GetPageAsync("/Calculators");

        unread.ShouldBeGreaterThan(0);
        portal.QuerySelector("#my-messages .unread")!.TextContent.ShouldBe(unread.ToString(System.Globalization.CultureInfo.InvariantCulture));
        calculators.QuerySelector("#my-messages .unread")!.TextContent.ShouldBe(unread.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_bare_court_path_in_a_message_is_a_link()
    {
        var assistant = await UserIdAsync("assistant");
        const string path = "/service/0193a000-0000-7000-8000-00000000abcd";
        await app.Notifier.NotifyAsync(assistant, "诉讼文书送达通知", $"《举证通知书》（查阅：{path}）。<b>不是标记</b>", NotificationChannels.InPortal,
            "test:bare-path");
        using var browser = await app.SignInAsync("assistant");

        var inbox = await browser.GetPageAsync("/Inbox");

        var body = inbox.QuerySelectorAll("[data-label=内容]").Single(b => b.TextContent.Contains("举证通知书"));
        body.QuerySelector($"a[href='{path}']")!.TextContent.ShouldBe(path);
        body.QuerySelector("b").ShouldBeNull();
        body.TextContent.ShouldContain("<b>不是标记</b>");
    }

    [Theory]
    [InlineData("https://example.com/phish")]
    [InlineData("//example.com/phish")]
    [InlineData("/\\example.com")]
    [InlineData("javascript:alert(1)")]
    public async Task A_link_off_the_courts_site_is_refused(string link)
    {
        var assistant = await UserIdAsync("assistant");

        await Should.ThrowAsync<ArgumentException>(() =>
            app.Notifier.NotifyAsync(assistant, "标题", "内容", NotificationChannels.InPortal, link: link));
    }

    [Fact]
    public async Task Nobody_opens_someone_elses_message()
    {
        var clerk = await UserIdAsync("clerk");
        Guid clerksMessage;
        await using (var scope = app.Services.CreateAsyncScope())
            clerksMessage = await scope.ServiceProvider.GetRequiredService<CourtDb>().Notifications.Where(n => n.UserId == clerk).Select(n => n.Id).FirstAsync();
        using var browser = await app.SignInAsync("creditor");

        using var opened = await browser.GetAsync(new Uri($"/Inbox?handler=Open&id={clerksMessage}", UriKind.Relative));

        opened.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<Guid> UserIdAsync(string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CourtDb>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }
}
