using Microsoft.Playwright;

namespace Court.Browser.Tests.Portals;

/// <summary>Issue 12 point 20: a portal names what it offers today, and says plainly what it does not offer yet.</summary>
public sealed class PortalsSayWhatTheyOfferToday(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Theory]
    [InlineData("enforcement", "一键查控", "案款管理")]
    [InlineData("creditor", "债权申报与审查", "债权人会议表决、财产处置")]
    public async Task The_subtitle_promises_nothing_the_portal_lacks(string userName, string notOffered, string alsoNotOffered)
    {
        var page = await host.NewPageAsync();
        await SignIn.AsAsync(page, userName);

        var subtitle = await page.Locator("#portal-offers").InnerTextAsync();

        subtitle.ShouldStartWith("在这里可以查看");
        subtitle.ShouldContain("尚未在本平台上线");
        subtitle.ShouldNotContain(notOffered);
        subtitle.ShouldNotContain(alsoNotOffered);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_link_the_bankruptcy_portal_offers_opens_a_page()
    {
        var page = await host.NewPageAsync();
        await SignIn.AsAsync(page, "creditor");

        var links = await page.Locator("main a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        links.ShouldNotBeEmpty();
        foreach (var href in links.Distinct())
        {
            var response = await page.Context.APIRequest.GetAsync(href);
            response.Status.ShouldBe(200, href);
        }
        await page.Context.CloseAsync();
    }
}
