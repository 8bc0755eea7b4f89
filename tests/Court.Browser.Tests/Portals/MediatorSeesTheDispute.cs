using System.Net.Http.Json;
using System.Text.Json;
using Court.Browser.Tests.Litigation;

namespace Court.Browser.Tests.Portals;

/// <summary>Issue 12 point 22 as the mediator sees it: not a bare reference, but the parties, their telephones and the claims.</summary>
public sealed class MediatorSeesTheDispute(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task The_assigned_organisations_mediator_sees_who_to_call_and_what_is_claimed()
    {
        using var api = await FilingApi.SignedInAsync(host, "litigant");
        var filing = await new FilingApi(host, api).DraftAsync();
        await filing.SaveAsync($"/api/filings/{filing.Id}", new
        {
            courtCode = "闽0203", consentsToMediation = true,
            elements = new Dictionary<string, string>
            {
                ["principal"] = "200000", ["lentOn"] = "2025-06-01", ["deliveryMethod"] = "银行转账", ["hasWrittenProof"] = "是", ["guarantee"] = "无担保", ["dueOn"] = "2025-12-01",
            },
            claims = "判令被告偿还借款本金200,000元\n本案诉讼费用由被告承担", factsAndReasons = "被告于2025年6月1日向原告借款200,000元，到期未还。",
        });
        await filing.SubmitAsync();
        using var clerk = await FilingApi.SignedInAsync(host, "clerk");
        using var assigned = await clerk.PostAsJsonAsync($"/api/filing-review/{filing.Id}/mediation", new { organisationCode = "XM-MED-01" });
        assigned.EnsureSuccessStatusCode();
        var mediationId = (await assigned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var page = await host.NewPageAsync(width: 375, height: 740);
        await SignIn.AsAsync(page, "mediator");
        var card = page.Locator($"[data-mediation-id='{mediationId}']");
        var text = await card.InnerTextAsync();

        text.ShouldContain("民间借贷纠纷");
        text.ShouldContain("判令被告偿还借款本金200,000元");
        text.ShouldContain("陈明");
        text.ShouldContain("苏文斌");
        (await card.Locator("a[href='tel:13900000001']").CountAsync()).ShouldBe(1);
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth")).ShouldBeFalse();
        await page.Context.CloseAsync();
    }
}
