using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Court.Browser.Tests.Litigation;

/// <summary>
/// The lawyer's journey: 林晓律师 files for 陈明 (through the API), 陈明 confirms the power of attorney in the portal, the clerk accepts,
/// and the lawyer follows the case's progress with a token while another lawyer is refused with the answer for a number no case has
/// (ADR 0013: a case one is not on and a number that does not exist answer alike).
/// </summary>
public sealed class RepresentingAClient(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task The_client_confirms_the_power_of_attorney_and_the_lawyer_follows_the_accepted_case_while_another_lawyer_is_told_no_such_case()
    {
        using var lawyer = await FilingApi.SignedInAsync(host, "lawyer");
        var filing = await new FilingApi(host, lawyer).DraftAsync(client: new { name = "陈明", identifierNumber = FilingApi.LitigantId });
        await filing.SubmitAsync();
        await filing.PayAsync();

        var page = await host.NewPageAsync(width: 375, height: 740);
        await SignIn.AsAsync(page, "litigant");
        var request = page.Locator("#powers-to-confirm tr", new() { HasText = filing.Reference });
        (await request.InnerTextAsync()).ShouldContain("林晓律师");
        await request.GetByRole(AriaRole.Button, new() { Name = "确认委托" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("您已确认委托林晓律师");
        (await page.Locator("#powers-to-confirm tr", new() { HasText = filing.Reference }).CountAsync()).ShouldBe(0);
        await page.Context.CloseAsync();

        using var clerk = await FilingApi.SignedInAsync(host, "clerk");
        using var acceptance = await clerk.PostAsJsonAsync($"/api/filing-review/{filing.Id}/acceptance", new { });
        acceptance.StatusCode.ShouldBe(HttpStatusCode.OK);
        var caseNumber = (await acceptance.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString()!;

        using var counsel = await FilingApi.SignedInAsync(host, "lawyer");
        using var progress = await counsel.GetAsync($"/api/cases/{Uri.EscapeDataString(caseNumber)}/progress");
        using var stranger = await FilingApi.SignedInAsync(host, "lawyer2");
        using var refused = await stranger.GetAsync($"/api/cases/{Uri.EscapeDataString(caseNumber)}/progress");

        progress.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await progress.Content.ReadAsStringAsync()).ShouldContain("Accepted");
        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
