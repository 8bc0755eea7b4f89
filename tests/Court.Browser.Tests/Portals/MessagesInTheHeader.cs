using Microsoft.Playwright;

namespace Court.Browser.Tests.Portals;

/// <summary>Issue 12 point 19 as a litigant sees it: the header counts unread messages; a message's title opens its filing and counts as read.</summary>
public sealed class MessagesInTheHeader(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Clicking_a_progress_message_opens_its_filing_and_the_header_counts_one_fewer()
    {
        var page = await host.NewPageAsync();
        await SignIn.AsAsync(page, "litigant");
        var before = int.Parse(await page.Locator("#my-messages .unread").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

        await page.GetByRole(AriaRole.Link, new() { Name = "我的消息" }).ClickAsync();
        var message = page.Locator("tr[data-read=false] [data-label=标题] a[data-opens^='/Portals/Filing/']").First;
        var opens = await message.GetAttributeAsync("data-opens");
        await message.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == opens);

        var after = page.Locator("#my-messages .unread");
        (before == 1 ? await after.CountAsync() == 0 : await after.InnerTextAsync() == (before - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBeTrue();
        (await page.Locator("main").InnerTextAsync()).ShouldNotContain("请登录");
        await page.Context.CloseAsync();
    }
}
