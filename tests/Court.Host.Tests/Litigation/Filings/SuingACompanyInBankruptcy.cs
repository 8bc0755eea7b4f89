using System.Net.Http.Json;
using Court.Host.Cases;
using Court.Host.Persistence;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Support;
using Court.Host.Tests.Pages.Support;
using Court.Seeds.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Litigation.Filings;

/// <summary>
/// Issue 12 point 14, 企业破产法第二十一条: suing the debtor of an accepted bankruptcy case warns the filer and the clerk, from the court's
/// register and from the registry's status; it never refuses the filing.
/// </summary>
[Trait("Category", "Persistence")]
public sealed class SuingACompanyInBankruptcy(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    private static readonly DemoAccount Debtor = DemoCatalogue.Accounts.Single(a => a.UserName == "debtor");
    private static readonly Guid BankruptcyCase = DemoCatalogue.Cases[3].Id;

    [Fact]
    public async Task The_filer_and_the_clerk_are_warned_that_the_defendant_is_the_debtor_of_an_accepted_bankruptcy_case()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var clerk = await app.ClientForAsync("clerk");
        var journey = await SuingTheDebtorAsync(litigant);
        var number = await CaseNumberAsync();

        var parties = await litigant.PageAsync($"/Portals/Filing/{journey.Id}/Parties");
        var confirm = await litigant.PageAsync($"/Portals/Filing/{journey.Id}/Confirm");
        await journey.SubmittedAsync();
        var review = await clerk.PageAsync($"/Portals/FilingReview/{journey.Id}");

        foreach (var page in new[] { parties, confirm, review })
        {
            var warning = page.Text("#debtor-in-bankruptcy");
            warning.ShouldContain($"被告{Debtor.DisplayName}是福建省厦门市中级人民法院已受理的破产案件{number}的债务人");
            warning.ShouldContain("《中华人民共和国企业破产法》第二十一条");
        }
        (await journey.FilingAsync()).GetProperty("status").GetString().ShouldBe("Submitted");
    }

    [Fact]
    public async Task Once_the_bankruptcy_case_is_closed_the_registrys_liquidation_status_still_warns()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var journey = await SuingTheDebtorAsync(litigant);
        using var lookup = await litigant.PostAsJsonAsync($"/api/filings/{journey.Id}/party-lookups", new { identifierNumber = Debtor.IdentifierNumber });
        lookup.EnsureSuccessStatusCode();
        await SetStatusAsync(CaseStatus.Closed);
        try
        {
            var parties = await litigant.PageAsync($"/Portals/Filing/{journey.Id}/Parties");

            var warning = parties.Text("#debtor-in-bankruptcy");
            warning.ShouldContain($"市场主体登记显示被告{Debtor.DisplayName}处于清算状态");
            warning.ShouldNotContain(await CaseNumberAsync());
        }
        finally
        {
            await SetStatusAsync(CaseStatus.Filed);
        }
    }

    [Fact]
    public async Task Suing_a_natural_person_warns_of_nothing()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var journey = await new FilingJourney(app, litigant).DraftAsync();

        var parties = await litigant.PageAsync($"/Portals/Filing/{journey.Id}/Parties");

        parties.QuerySelector("#debtor-in-bankruptcy").ShouldBeNull();
    }

    private async Task<FilingJourney> SuingTheDebtorAsync(HttpClient litigant)
    {
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        await journey.SaveAsync($"/api/filings/{journey.Id}/parties", new
        {
            parties = new object[]
            {
                FilingClient.Party("plaintiff", "陈明", FilingClient.LitigantId, phone: "13900000001"),
                new
                {
                    side = "defendant", name = Debtor.DisplayName, identifierNumber = Debtor.IdentifierNumber, representative = "林东渡",
                    consentsToElectronicService = false, address = "福建省厦门市湖里区东渡路168号", postalAddress = "福建省厦门市湖里区东渡路168号",
                },
            },
        });
        return journey;
    }

    private async Task<string> CaseNumberAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CourtDb>().Cases.Where(c => c.Id == BankruptcyCase).Select(c => c.Number).SingleAsync();
    }

    private async Task SetStatusAsync(CaseStatus status)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CourtDb>().Cases.Where(c => c.Id == BankruptcyCase)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, status));
    }
}
