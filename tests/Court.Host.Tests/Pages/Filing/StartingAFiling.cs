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
}
