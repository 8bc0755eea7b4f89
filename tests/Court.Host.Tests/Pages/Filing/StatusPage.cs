using System.Net;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Jobs;
using Court.Host.Tests.Litigation.Support;

namespace Court.Host.Tests.Pages.Filing;

/// <summary>The filing's status page through submission, payment, correction and acceptance.</summary>
[Trait("Category", "Persistence")]
public sealed class StatusPage(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task A_submitted_filing_shows_the_review_deadline_and_the_way_to_pay_then_fee_paid()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        var submitted = await journey.SubmittedAsync();
        var path = $"/Portals/Filing/{journey.Id}";

        var before = await litigant.GetPageAsync(path);
        before.QuerySelector("[data-test=status-name]")!.TextContent.ShouldBe("待审查");
        before.QuerySelector("[data-test=payment-status]")!.TextContent.ShouldBe("待交费");
        before.QuerySelector("[data-test=pay]")!.GetAttribute("href").ShouldBe(submitted.GetProperty("payUrl").GetString());
        before.QuerySelector("[data-test=review-due]").ShouldNotBeNull();
        (await litigant.GetAsync(FilingPages.Step(journey.Id, "Parties"))).Headers.Location!.OriginalString.ShouldBe(path);

        await journey.PayAsync();
        var after = await litigant.GetPageAsync(path);

        after.QuerySelector("[data-test=payment-status]")!.TextContent.ShouldBe("已交费");
        after.QuerySelector("[data-test=pay]").ShouldBeNull();
    }

    [Fact]
    public async Task A_correction_request_shows_the_items_the_deadline_and_the_way_to_correct()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var clerk = await app.ClientForAsync("clerk");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        await journey.SubmittedAsync();
        await FilingJourney.ReviewAsync(clerk, journey.Id, "correction", new { items = new[] { "请补充借条原件照片" } });

        var page = await litigant.GetPageAsync($"/Portals/Filing/{journey.Id}");

        page.QuerySelector("[data-test=correction]")!.TextContent.ShouldContain("请补充借条原件照片");
        page.QuerySelector("[data-test=correct-by]").ShouldNotBeNull();
        var correct = page.QuerySelector("[data-test=correct]")!.GetAttribute("href")!;
        (await litigant.GetAsync(correct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await litigant.GetPageAsync(FilingPages.Step(journey.Id, "Confirm"))).QuerySelector("form[data-test=submit] button.primary")!
            .TextContent.ShouldBe("重新提交");
    }

    [Fact]
    public async Task An_accepted_filing_shows_the_case_number_and_links_to_its_progress()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var clerk = await app.ClientForAsync("clerk");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        await journey.SubmittedAsync();
        await journey.PayAsync();
        var accepted = await FilingJourney.ReviewAsync(clerk, journey.Id, "acceptance");

        var page = await litigant.GetPageAsync($"/Portals/Filing/{journey.Id}");

        page.QuerySelector("[data-test=case-number]")!.TextContent.ShouldBe(accepted.GetProperty("caseNumber").GetString());
        page.QuerySelector($"a[href='/Portals/Cases/{accepted.GetProperty("caseId").GetGuid()}/Progress']").ShouldNotBeNull();
        var list = await litigant.GetPageAsync("/Portals/Filing");
        list.QuerySelector($"tr[data-filing='{journey.Id}']")!.TextContent.ShouldContain(accepted.GetProperty("caseNumber").GetString()!);
    }

    [Fact]
    public async Task Someone_else_does_not_learn_the_filing_exists()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var lawyer = await app.ClientForAsync("lawyer");
        var journey = await new FilingJourney(app, litigant).DraftAsync();

        (await lawyer.GetAsync($"/Portals/Filing/{journey.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await lawyer.GetAsync(FilingPages.Step(journey.Id, "Situation"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
