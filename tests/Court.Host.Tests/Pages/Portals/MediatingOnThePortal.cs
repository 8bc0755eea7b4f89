using System.Net;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Support;
using Court.Host.Tests.Pages.Support;

namespace Court.Host.Tests.Pages.Portals;

/// <summary>诉前调解 in the portal: the clerk assigns it, the mediator extends it and records the agreement, the clerk confirms it.</summary>
[Trait("Category", "Persistence")]
public sealed class MediatingOnThePortal(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task An_agreement_reached_in_mediation_is_confirmed_by_the_clerk_from_the_review_portal()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var clerk = await app.ClientForAsync("clerk");
        using var mediator = await app.ClientForAsync("mediator");
        var journey = await new FilingJourney(app, litigant).DraftAsync(mediation: true);
        await journey.SubmittedAsync();
        var path = $"/Portals/FilingReview/{journey.Id}";
        var form = await clerk.PageAsync(path);
        var organisation = form.QuerySelectorAll("#mediate select[name=OrganisationCode] option").Select(o => o.GetAttribute("value")).First(v => v != "")!;

        var (assigned, assignedPage) = await clerk.SubmitAsync(path, form, "#mediate form", new Dictionary<string, string> { ["OrganisationCode"] = organisation });
        var mediations = await mediator.PageAsync("/Portals/Mediation");
        var card = $"[data-mediation-id='{mediations.QuerySelector("[data-mediation-id]")!.GetAttribute("data-mediation-id")}']";
        var (unconsented, unconsentedPage) = await mediator.SubmitAsync("/Portals/Mediation", mediations, $"{card} form[action*=Extend]",
            new Dictionary<string, string> { ["days"] = "10" });
        var (extended, extendedPage) = await mediator.SubmitAsync("/Portals/Mediation", mediations, $"{card} form[action*=Extend]",
            new Dictionary<string, string> { ["days"] = "10", ["partiesConsent"] = "true" });
        var signedOn = extendedPage.QuerySelector($"{card} input[name=agreementDate]")!.GetAttribute("value")!;
        var (recorded, _) = await mediator.SubmitAsync("/Portals/Mediation", extendedPage, $"{card} form[action*=Outcome]:has(input[value=agreement])",
            new Dictionary<string, string> { ["agreementTerms"] = "被告于2026年12月31日前偿还原告借款200,000元\n原告放弃其余诉讼请求", ["agreementDate"] = signedOn });
        var queue = await clerk.PageAsync("/Portals/FilingReview");
        var (confirmed, confirmedPage) = await clerk.SubmitAsync("/Portals/FilingReview", queue, "#judicial-confirmation form");

        assigned.ShouldBe(200);
        assignedPage.Text("[role=status]").ShouldContain("已委派");
        assignedPage.Text("#mediation").ShouldContain("调解中");
        unconsented.ShouldBe(400);
        unconsentedPage.Text($"{card} [role=alert]").ShouldBe("延长调解期限须经各方当事人同意。");
        extended.ShouldBe(200);
        extendedPage.Text($"{card}").ShouldContain("已延长10日");
        recorded.ShouldBe(200);
        queue.Text("#judicial-confirmation").ShouldContain("被告于2026年12月31日前偿还原告借款200,000元");
        confirmed.ShouldBe(200);
        var filing = await journey.FilingAsync();
        filing.GetProperty("status").GetString().ShouldBe("Settled");
        confirmedPage.Text("[role=status]").ShouldContain(filing.GetProperty("caseNumber").GetString()!);
        confirmedPage.Text("#judicial-confirmation").ShouldContain("目前没有待司法确认的调解协议");
    }

    [Fact]
    public async Task The_mediator_has_a_portal_and_a_litigant_is_refused_it()
    {
        using var mediator = await app.ClientForAsync("mediator");
        using var litigant = await app.ClientForAsync("litigant");

        var page = await mediator.PageAsync("/Portals/Mediation");

        page.QuerySelectorAll("nav.portals a").Select(a => a.GetAttribute("href")).ShouldContain("/Portals/Mediation");
        page.Text("main h1").ShouldBe("诉前调解");
        (await litigant.GetAsync("/Portals/Mediation")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
