using Court.Host.Tests.Pages.Support;
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

    [Fact]
    public async Task A_correction_is_mended_on_the_step_it_concerns_and_resubmitted_from_the_confirmation_without_walking_every_step()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var clerk = await app.ClientForAsync("clerk");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        await journey.SubmittedAsync();
        await FilingJourney.ReviewAsync(clerk, journey.Id, "correction", new { items = new[] { "起诉要素：请写明约定的还款日期", "请携带身份证原件" } });

        var status = await litigant.GetPageAsync($"/Portals/Filing/{journey.Id}");
        var confirm = await litigant.GetPageAsync(status.QuerySelector("[data-test=correct]")!.GetAttribute("href")!);
        var complaint = await litigant.GetPageAsync(confirm.QuerySelector("[data-test=correction-items] a")!.GetAttribute("href")!);
        var parties = await litigant.GetPageAsync(FilingPages.Step(journey.Id, "Parties"));
        using var saved = await litigant.PostFormAsync(complaint, FilingPages.Step(journey.Id, "Complaint"), "form[data-test=complaint]",
            new Dictionary<string, string> { ["go"] = "next", ["factsAndReasons"] = "被告于2025年6月1日借款，约定2025年12月1日归还，到期未还。" });

        confirm.Text("[data-test=correction-pending]").ShouldContain("前修改并重新提交");
        confirm.Text("[data-test=correction-items]").ShouldContain("请携带身份证原件");
        complaint.QuerySelectorAll("[data-test=correction-here] li").Select(li => li.TextContent).ShouldBe(["请写明约定的还款日期"]);
        complaint.QuerySelector(".step-buttons button.primary")!.TextContent.ShouldBe("保存并返回确认");
        parties.QuerySelector("[data-test=correction-here]").ShouldBeNull();
        saved.Headers.Location!.OriginalString.ShouldBe(FilingPages.Step(journey.Id, "Confirm"));
    }

    [Fact]
    public async Task A_draft_with_something_missing_cannot_be_submitted_from_the_confirmation()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var id = await litigant.StartOnThePageAsync();

        var page = await litigant.GetPageAsync(FilingPages.Step(id, "Confirm"));

        page.QuerySelector("[data-test=missing]")!.TextContent.ShouldContain("请选择案件类型");
        page.QuerySelector("form[data-test=submit] button.primary")!.HasAttribute("disabled").ShouldBeTrue();
    }

    [Fact]
    public async Task Amounts_read_with_yuan_in_the_summary_and_the_clerk_sees_them_so()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var clerk = await app.ClientForAsync("clerk");
        var journey = await new FilingJourney(app, litigant).DraftAsync();

        var confirm = await litigant.GetPageAsync(FilingPages.Step(journey.Id, "Confirm"));
        await journey.SubmittedAsync();
        var review = await clerk.GetPageAsync($"/Portals/FilingReview/{journey.Id}");

        confirm.Text("[data-test=summary] [data-element=principal]").ShouldEndWith("元");
        confirm.Text("[data-test=summary] [data-element=principal]").ShouldContain(",");
        review.Text("#elements [data-element=principal]").ShouldEndWith("元");
    }

    [Fact]
    public async Task A_complaint_regenerated_at_resubmission_is_the_second_version_and_marked_current_for_the_filer_and_the_clerk()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var clerk = await app.ClientForAsync("clerk");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        await journey.SubmittedAsync();
        await FilingJourney.ReviewAsync(clerk, journey.Id, "correction", new { items = new[] { "请写明约定的还款日期" } });
        await journey.RefreshAsync();
        (await journey.SubmitAsync()).EnsureSuccessStatusCode();

        var page = await litigant.GetPageAsync($"/Portals/Filing/{journey.Id}");
        var review = await clerk.GetPageAsync($"/Portals/FilingReview/{journey.Id}");

        var complaints = page.QuerySelectorAll("[data-test=documents] li").Where(li => li.TextContent.Contains("起诉状")).ToList();
        complaints.Select(li => li.QuerySelector("[data-test=version]")!.TextContent).ShouldBe(["第2版（现行）", "第1版（已被新版取代）"], ignoreOrder: true);
        review.QuerySelectorAll("#issued-documents li[data-current=true]").Select(li => li.TextContent).ShouldContain(t => t.Contains("起诉状") && t.Contains("第2版"));
    }
}
