using Court.Host.Tests.Pages.Support;
using System.Net;
using AngleSharp.Html.Parser;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Jobs;
using Court.Host.Tests.Litigation.Support;

namespace Court.Host.Tests.Pages.Filing;

/// <summary>我的立案申请 and 开始网上立案, for a litigant and for a lawyer naming the client.</summary>
[Trait("Category", "Persistence")]
public sealed class StartingAFiling(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task The_litigation_portal_links_to_my_filings()
    {
        using var litigant = await app.ClientForAsync("litigant");

        var portal = await litigant.GetPageAsync("/Portals/Litigation");

        portal.QuerySelector("a[href='/Portals/Filing']").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_litigant_starts_a_draft_and_finds_it_in_the_list_as_a_draft()
    {
        using var litigant = await app.ClientForAsync("litigant");

        var id = await litigant.StartOnThePageAsync();

        var list = await litigant.GetPageAsync("/Portals/Filing");
        var row = list.QuerySelector($"[data-test=filings] tr[data-filing='{id}']")!;
        row.TextContent.ShouldContain("草稿");
        row.TextContent.ShouldContain("网立");
        (await litigant.FilingAsync(id)).GetProperty("parties")[0].GetProperty("name").GetString().ShouldBe("陈明");
    }

    [Fact]
    public async Task A_lawyer_names_the_client_and_an_invalid_identifier_is_explained_in_chinese()
    {
        using var lawyer = await app.ClientForAsync("lawyer");

        using var refused = await lawyer.PostFormAsync("/Portals/Filing", "form[data-test=start]", new Dictionary<string, string>
        {
            ["ClientName"] = "陈明", ["ClientIdentifierNumber"] = PartiesStep.WrongCheckDigit(FilingClient.LitigantId),
        });
        var page = await refused.PageOfAsync();
        page.QuerySelector("[data-test=client-id-error]")!.TextContent.ShouldContain("校验码");

        var id = await lawyer.StartOnThePageAsync(new Dictionary<string, string>
        {
            ["ClientName"] = "陈明", ["ClientIdentifierNumber"] = FilingClient.LitigantId, ["SpecialAuthority"] = "true",
        });
        var filing = await lawyer.FilingAsync(id);
        filing.GetProperty("filedByCounsel").GetBoolean().ShouldBeTrue();
        filing.GetProperty("parties")[0].GetProperty("name").GetString().ShouldBe("陈明");
    }

    [Fact]
    public async Task A_lawyer_without_a_client_is_told_to_name_one()
    {
        using var lawyer = await app.ClientForAsync("lawyer");

        using var refused = await lawyer.PostFormAsync("/Portals/Filing", "form[data-test=start]", new Dictionary<string, string>());

        var page = await refused.PageOfAsync();
        page.Body!.TextContent.ShouldContain("请填写委托人的姓名或名称");
    }

    [Fact]
    public async Task A_clerk_is_refused_the_filer_pages()
    {
        using var clerk = await app.ClientForAsync("clerk");

        using var response = await clerk.GetAsync("/Portals/Filing");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Posting_the_same_start_form_twice_starts_one_draft()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var list = await litigant.GetPageAsync("/Portals/Filing");

        using var first = await litigant.PostFormAsync(list, "/Portals/Filing", "form[data-test=start]", new Dictionary<string, string>());
        using var again = await litigant.PostFormAsync(list, "/Portals/Filing", "form[data-test=start]", new Dictionary<string, string>());

        again.Headers.Location.ShouldBe(first.Headers.Location);
        var id = Guid.Parse(first.Headers.Location!.OriginalString.Split('/')[3]);
        (await litigant.GetPageAsync("/Portals/Filing")).QuerySelectorAll($"[data-test=filings] tr[data-filing='{id}']").Length.ShouldBe(1);
    }

    [Fact]
    public async Task A_draft_is_named_by_kind_parties_and_day_and_is_deleted_only_after_confirming()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        var list = await litigant.GetPageAsync("/Portals/Filing");
        var row = $"[data-test=filings] tr[data-filing='{journey.Id}']";

        using var asked = await litigant.PostFormAsync(list, "/Portals/Filing", $"{row} form", new Dictionary<string, string>());
        var confirm = await asked.PageOfAsync();
        var stillThere = await litigant.GetAsync($"/api/filings/{journey.Id}");
        using var deleted = await litigant.PostFormAsync(confirm, "/Portals/Filing", "#confirm-delete form", new Dictionary<string, string>());
        var after = await deleted.PageOfAsync();

        list.QuerySelector($"{row} [data-test=filing-title]")!.TextContent.ShouldStartWith("民间借贷纠纷 · 陈明诉");
        confirm.Text("#confirm-delete").ShouldContain("不能恢复");
        stillThere.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.Text("[role=status]").ShouldStartWith("已删除草稿“民间借贷纠纷 · 陈明诉");
        after.QuerySelector(row).ShouldBeNull();
        (await litigant.GetAsync($"/api/filings/{journey.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_submitted_filing_offers_no_deletion_and_the_api_refuses_it()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        await journey.SubmittedAsync();

        var list = await litigant.GetPageAsync("/Portals/Filing");
        using var refused = await litigant.DeleteAsync($"/api/filings/{journey.Id}");

        list.QuerySelector($"[data-test=filings] tr[data-filing='{journey.Id}'] form").ShouldBeNull();
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }
}
