using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Court.Host.Cases;
using Court.Host.Persistence;
using Court.Host.Tests.EDossier.Support;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Progress;
using Court.Kernel.Access;
using Court.Seeds.Demo;
using Microsoft.Extensions.DependencyInjection;
using static Court.Host.Tests.EDossier.Support.DossierClient;

namespace Court.Host.Tests.EDossier.Transfer;

/// <summary>
/// Issue 11 finding 7 (ADR 0013): 移送 goes only to a case linked by procedure — in the demo, the enforcement case (执) arises
/// from the loan judgment (民初) — by court staff of both cases, and 副卷 stays 副卷 where it arrives.
/// </summary>
[Trait("Category", "Persistence")]
public sealed class TransfersFollowProcedure
{
    private static readonly string BankruptcyCase = DemoCatalogue.Cases[3].Id.ToString();

    [Fact]
    public async Task A_judge_cannot_transfer_a_bankruptcy_dossier_into_an_unrelated_enforcement_case()
    {
        await using var app = new CourtAppFactory();
        using var judge = await app.ClientForAsync("judge");
        using var applicant = await app.ClientForAsync("litigant");
        var before = (await applicant.CatalogueAsync(EnforcementCase)).Items.Count;

        using var response = await judge.PostAsJsonAsync($"/api/cases/{BankruptcyCase}/dossier/transfers",
            new { toCaseId = EnforcementCase, includeInternalVolume = true });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString().ShouldBe("/problems/cases-not-related");
        (await applicant.CatalogueAsync(EnforcementCase)).Items.Count.ShouldBe(before);
    }

    [Fact]
    public async Task A_judge_of_the_judgment_who_is_not_on_the_enforcement_case_cannot_transfer_into_it()
    {
        await using var app = new CourtAppFactory();
        using var judge = await app.ClientForAsync("judge");

        using var response = await judge.PostAsJsonAsync($"/api/cases/{LoanCase}/dossier/transfers", new { toCaseId = EnforcementCase });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("接收案件");
    }

    [Fact]
    public async Task A_transferred_internal_item_stays_internal_and_the_receiving_cases_party_never_sees_it()
    {
        await using var app = new CourtAppFactory();
        await app.AssignAsync("judge", EnforcementCase, CaseRole.Judge);
        using var judge = await app.ClientForAsync("judge");
        using var officer = await app.ClientForAsync("enforcement");
        using var applicant = await app.ClientForAsync("litigant");

        using var response = await judge.PostAsJsonAsync($"/api/cases/{LoanCase}/dossier/transfers",
            new { toCaseId = EnforcementCase, includeInternalVolume = true });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var internalItem = (await officer.CatalogueAsync(EnforcementCase)).Items.Where(i => i.Volume == "internal").ShouldHaveSingleItem();
        internalItem.TransferredFrom.ShouldNotBeNull();
        (await applicant.CatalogueAsync(EnforcementCase)).Items.ShouldAllBe(i => i.Volume == "open");
        using var asked = await applicant.GetAsync(new Uri($"/api/cases/{EnforcementCase}/dossier/documents/{internalItem.Id}", UriKind.Relative));
        asked.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Court_staff_who_may_not_read_the_internal_volume_cannot_transfer_it()
    {
        await using var app = new CourtAppFactory();
        await app.AssignAsync("clerk", EnforcementCase, CaseRole.FilingClerk);
        using var clerk = await app.ClientForAsync("clerk");

        using var response = await clerk.PostAsJsonAsync($"/api/cases/{LoanCase}/dossier/transfers",
            new { toCaseId = EnforcementCase, includeInternalVolume = true });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, await response.Content.ReadAsStringAsync());
    }
}

internal static class CaseAssignments
{
    /// <summary>Puts a demo account on a case in <paramref name="role"/>, as the court's assignment would.</summary>
    public static async Task AssignAsync(this CourtAppFactory app, string userName, string caseId, CaseRole role)
    {
        var userId = await app.UserIdAsync(userName);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        db.CaseParticipants.Add(new CaseParticipant { Id = Guid.CreateVersion7(), CaseId = Guid.Parse(caseId), UserId = userId, Role = role, Since = now });
        await db.SaveChangesAsync();
    }
}
