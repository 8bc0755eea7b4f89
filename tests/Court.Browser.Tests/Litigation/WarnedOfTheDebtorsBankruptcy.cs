using Court.Seeds.Demo;

namespace Court.Browser.Tests.Litigation;

/// <summary>Issue 12 point 14 as the filer and the clerk see it: suing the debtor of an accepted bankruptcy case cites 企业破产法第二十一条.</summary>
public sealed class WarnedOfTheDebtorsBankruptcy(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task The_filer_sees_the_warning_on_the_parties_step_and_the_clerk_on_the_review_page()
    {
        var debtor = DemoCatalogue.Accounts.Single(a => a.UserName == "debtor");
        using var api = await FilingApi.SignedInAsync(host, "litigant");
        var filing = await new FilingApi(host, api).DraftAsync();
        await filing.SaveAsync($"/api/filings/{filing.Id}/parties", new
        {
            parties = new object[]
            {
                new { side = "plaintiff", name = "陈明", identifierNumber = FilingApi.LitigantId, consentsToElectronicService = true, phone = "13900000001", address = "厦门市思明区湖滨南路1号" },
                new
                {
                    side = "defendant", name = debtor.DisplayName, identifierNumber = debtor.IdentifierNumber, representative = "林东渡",
                    consentsToElectronicService = false, address = "福建省厦门市湖里区东渡路168号", postalAddress = "福建省厦门市湖里区东渡路168号",
                },
            },
        });

        var litigant = await host.NewPageAsync(width: 375, height: 740);
        await SignIn.AsAsync(litigant, "litigant");
        await litigant.GotoAsync($"/Portals/Filing/{filing.Id}/Parties");
        var seen = await litigant.Locator("#debtor-in-bankruptcy").InnerTextAsync();
        await filing.SubmitAsync();
        var clerk = await host.NewPageAsync();
        await SignIn.AsAsync(clerk, "clerk");
        await clerk.GotoAsync($"/Portals/FilingReview/{filing.Id}");
        var reviewed = await clerk.Locator("#debtor-in-bankruptcy").InnerTextAsync();

        foreach (var text in new[] { seen, reviewed })
        {
            text.ShouldContain($"被告{debtor.DisplayName}是福建省厦门市中级人民法院已受理的破产案件");
            text.ShouldContain("《中华人民共和国企业破产法》第二十一条");
        }
        (await litigant.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth")).ShouldBeFalse();
        await litigant.Context.CloseAsync();
        await clerk.Context.CloseAsync();
    }
}
