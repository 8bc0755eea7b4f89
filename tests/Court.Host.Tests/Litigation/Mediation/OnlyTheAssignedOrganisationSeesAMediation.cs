using System.Net;
using System.Net.Http.Json;
using Court.Host.Identity;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Support;
using Court.Host.Tests.Pages.Support;
using Court.Kernel.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Litigation.Mediation;

/// <summary>Issue 12 point 22: the assigned organisation's mediators see the dispute and the parties; no other mediator sees the mediation.</summary>
[Trait("Category", "Persistence")]
public sealed class OnlyTheAssignedOrganisationSeesAMediation(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task The_assigned_organisations_mediator_sees_the_parties_their_contacts_and_the_claims()
    {
        var mediationId = await AssignedToLujiangAsync();
        using var mediator = await app.ClientForAsync("mediator");

        var open = await (await mediator.GetAsync("/api/mediations")).JsonAsync();
        var mine = open.EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == mediationId);
        var page = await mediator.PageAsync("/Portals/Mediation");
        var card = page.Text($"[data-mediation-id='{mediationId}']");

        mine.GetProperty("claimAmount").GetDecimal().ShouldBeGreaterThan(0);
        mine.GetProperty("claims").GetArrayLength().ShouldBeGreaterThan(0);
        var parties = mine.GetProperty("parties").EnumerateArray().ToList();
        parties.ShouldContain(p => p.GetProperty("side").GetString() == "原告" && p.GetProperty("name").GetString() == "陈明");
        parties.ShouldContain(p => p.GetProperty("side").GetString() == "被告");
        parties.Where(p => p.TryGetProperty("identifierNumber", out _)).ShouldBeEmpty();
        card.ShouldContain("民间借贷纠纷");
        card.ShouldContain("陈明");
        card.ShouldContain(mine.GetProperty("claims")[0].GetString()!);
        card.ShouldContain("13900000001");
    }

    [Fact]
    public async Task A_mediator_of_another_organisation_neither_lists_nor_acts_on_it()
    {
        var mediationId = await AssignedToLujiangAsync();
        var other = await CreateMediatorAsync("XM-MED-02", "许文涛");
        using var stranger = await app.ClientForAsync(other);

        var open = await (await stranger.GetAsync("/api/mediations")).JsonAsync();
        var page = await stranger.PageAsync("/Portals/Mediation");
        using var extend = await stranger.PostAsJsonAsync($"/api/mediations/{mediationId}/extension", new { days = 5, partiesConsent = true });

        open.EnumerateArray().ShouldNotContain(m => m.GetProperty("id").GetGuid() == mediationId);
        page.QuerySelector($"[data-mediation-id='{mediationId}']").ShouldBeNull();
        page.Text("main").ShouldNotContain("陈明");
        extend.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_mediator_who_belongs_to_no_organisation_sees_no_mediation()
    {
        await AssignedToLujiangAsync();
        var loose = await CreateMediatorAsync(null, "方未定");
        using var client = await app.ClientForAsync(loose);

        var open = await (await client.GetAsync("/api/mediations")).JsonAsync();

        open.GetArrayLength().ShouldBe(0);
    }

    private async Task<Guid> AssignedToLujiangAsync()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var clerk = await app.ClientForAsync("clerk");
        var journey = await new FilingJourney(app, litigant).DraftAsync(mediation: true);
        await journey.SubmittedAsync();
        var mediation = await FilingJourney.ReviewAsync(clerk, journey.Id, "mediation", new { organisationCode = "XM-MED-01" });
        return mediation.GetProperty("id").GetGuid();
    }

    private async Task<string> CreateMediatorAsync(string? organisationCode, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CourtUser>>();
        var userName = "mediator-" + Guid.NewGuid().ToString("N")[..8];
        var user = new CourtUser
        {
            Id = Guid.CreateVersion7(), UserName = userName, DisplayName = name, CreatedAt = DateTime.UtcNow, MediationOrganisationCode = organisationCode,
        };
        (await users.CreateAsync(user, CourtAppFactory.DemoPassword)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, CourtRoles.Mediator)).Succeeded.ShouldBeTrue();
        return userName;
    }
}
