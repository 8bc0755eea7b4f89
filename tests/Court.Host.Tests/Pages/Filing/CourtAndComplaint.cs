using System.Net;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Jobs;
using Court.Host.Tests.Litigation.Support;

namespace Court.Host.Tests.Pages.Filing;

/// <summary>管辖法院 proposed from the places with the reason, and 起诉要素 saved as typed with its errors in Chinese beside the fields.</summary>
[Trait("Category", "Persistence")]
public sealed class CourtAndComplaint(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task The_court_step_proposes_the_district_court_of_the_parties_addresses_and_saves_the_choice()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        await journey.SaveAsync($"/api/filings/{journey.Id}", new { courtCode = "" });
        var path = FilingPages.Step(journey.Id, "Court");

        var page = await litigant.GetPageAsync(path);
        page.Value("places[defendantDomicile]").ShouldBe("厦门市思明区湖滨南路1号");
        var proposal = page.QuerySelector("[data-test=jurisdiction]")!.TextContent;
        proposal.ShouldContain("厦门市思明区人民法院");
        proposal.ShouldContain("民事诉讼法第二十四条");

        using var moved = await litigant.PostFormAsync(path, "form[data-test=court]", new Dictionary<string, string>
        {
            ["places[defendantDomicile]"] = "厦门市湖里区五缘湾道1号", ["go"] = "propose",
        });
        var both = await moved.PageOfAsync();
        both.QuerySelectorAll("input[name=courtCode]").Select(i => i.GetAttribute("value")).ShouldBe(["闽0206", "闽0203"], ignoreOrder: true);

        using var next = await litigant.PostFormAsync(both, path, "form[data-test=court]", new Dictionary<string, string> { ["courtCode"] = "闽0206", ["go"] = "next" });
        next.Headers.Location!.OriginalString.ShouldBe(FilingPages.Step(journey.Id, "Complaint"));
        (await litigant.FilingAsync(journey.Id)).GetProperty("courtCode").GetString().ShouldBe("闽0206");
    }

    [Fact]
    public async Task Next_without_a_chosen_court_stays_and_says_so()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        await journey.SaveAsync($"/api/filings/{journey.Id}", new { courtCode = "" });
        var path = FilingPages.Step(journey.Id, "Court");

        using var response = await litigant.PostFormAsync(path, "form[data-test=court]", new Dictionary<string, string>
        {
            ["places[defendantDomicile]"] = "厦门市湖里区五缘湾道1号", ["courtCode"] = "", ["go"] = "next",
        });

        (await response.PageOfAsync()).QuerySelector("[data-test=problem]")!.TextContent.ShouldContain("请从系统建议的法院中选择");
    }

    [Fact]
    public async Task The_complaint_form_is_generated_from_the_kind_and_its_errors_are_shown_in_chinese_beside_the_fields()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        var path = FilingPages.Step(journey.Id, "Complaint");

        var form = await litigant.GetPageAsync(path);
        form.QuerySelector("[data-field=principal] input")!.GetAttribute("inputmode").ShouldBe("decimal");
        form.QuerySelector("[data-field=lentOn] input")!.GetAttribute("type").ShouldBe("date");
        form.QuerySelectorAll("[data-field=deliveryMethod] option").Length.ShouldBe(5);
        form.QuerySelector("[data-field=principal] .hint")!.TextContent.ShouldContain("民间借贷规定第二十六条");

        using var response = await litigant.PostFormAsync(path, "form[data-test=complaint]", new Dictionary<string, string>
        {
            ["elements[principal]"] = "二十万", ["elements[repaidPrincipal]"] = "", ["elements[annualRate]"] = "150", ["go"] = "next",
        });

        var page = await response.PageOfAsync();
        page.QuerySelector("[data-field=principal] [data-test=field-error]")!.TextContent.ShouldContain("请填写数字金额");
        page.QuerySelector("[data-field=annualRate] [data-test=field-error]")!.TextContent.ShouldContain("须在0至100之间");
        var saved = (await litigant.FilingAsync(journey.Id)).GetProperty("elements");
        saved.GetProperty("principal").GetString().ShouldBe("二十万", "what was typed is saved as a draft even while it is wrong");
    }

    [Fact]
    public async Task A_complete_complaint_goes_on_to_the_materials()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var journey = await new FilingJourney(app, litigant).DraftAsync();

        using var response = await litigant.PostFormAsync(FilingPages.Step(journey.Id, "Complaint"), "form[data-test=complaint]",
            new Dictionary<string, string> { ["elements[interestClaimed]"] = "5000", ["go"] = "next" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe(FilingPages.Step(journey.Id, "Materials"));
        (await litigant.FilingAsync(journey.Id)).GetProperty("elements").GetProperty("interestClaimed").GetString().ShouldBe("5000");
    }
}
