using System.Net;
using AngleSharp.Html.Parser;
using Court.Host.Litigation.Progress;
using Court.Host.Tests.Infrastructure;
using Court.Kernel;

namespace Court.Host.Tests.Litigation.Progress;

/// <summary>The portal's timeline and the public /progress page: Chinese, Shanghai times, and inert markup.</summary>
[Trait("Category", "Persistence")]
public sealed class ProgressPages(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    private const string Hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    [Fact]
    public async Task The_case_page_shows_the_timeline_newest_first_in_shanghai_time_and_the_query_code()
    {
        var civil = await app.RegisterCivilCaseAsync();
        var accepted = await app.RecordAsync(civil.Id, ProgressNodeKind.Accepted, "已立案。", "请于七日内交费。");
        await app.RecordAsync(civil.Id, ProgressNodeKind.Assigned, "案件已分配承办法官。");
        using var litigant = await app.ClientForAsync("litigant");

        var html = await litigant.GetStringAsync($"/Portals/Cases/{civil.Id}/Progress");

        var page = await new HtmlParser().ParseDocumentAsync(html);
        var items = page.QuerySelectorAll("[data-test=timeline] li");
        items.Select(li => li.GetAttribute("data-kind")).ShouldBe(["Assigned", "Accepted"]);
        items[1].TextContent.ShouldContain(ShanghaiTime.Format(accepted.At));
        items[1].TextContent.ShouldContain("请于七日内交费。");
        page.QuerySelector("[data-test=query-code]")!.TextContent.Replace("-", "").ShouldBe(civil.QueryCode);
    }

    [Fact]
    public async Task The_case_list_links_to_the_progress_page()
    {
        using var litigant = await app.ClientForAsync("litigant");

        var html = await litigant.GetStringAsync("/Portals/Litigation");

        html.ShouldContain($"/Portals/Cases/{Court.Seeds.Demo.DemoCatalogue.Cases[0].Id}/Progress");
    }

    [Fact]
    public async Task Someone_not_on_the_case_is_refused_the_page()
    {
        var civil = await app.RegisterCivilCaseAsync();
        using var other = await app.ClientForAsync(await app.CreateOtherLawyerAsync());

        using var response = await other.GetAsync($"/Portals/Cases/{civil.Id}/Progress");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_note_carrying_markup_renders_as_text_in_the_portal_and_never_reaches_the_public_page()
    {
        var civil = await app.RegisterCivilCaseAsync();
        await app.RecordAsync(civil.Id, ProgressNodeKind.Assigned, Hostile, Hostile);
        using var litigant = await app.ClientForAsync("litigant");

        var portal = await new HtmlParser().ParseDocumentAsync(await litigant.GetStringAsync($"/Portals/Cases/{civil.Id}/Progress"));
        var publicPage = await app.QueryPublicPageAsync(civil.Number, civil.QueryCode);

        var timeline = portal.QuerySelector("[data-test=timeline]")!;
        timeline.QuerySelectorAll("script, img").ShouldBeEmpty();
        timeline.TextContent.ShouldContain("<script>alert('x')</script>");
        var shown = publicPage.QuerySelector("[data-test=public-progress]")!;
        shown.QuerySelectorAll("script, img").ShouldBeEmpty();
        shown.TextContent.ShouldNotContain("alert");
        shown.TextContent.ShouldContain("案件已分配承办法官。");
    }

    [Fact]
    public async Task The_public_page_answers_a_wrong_code_as_an_unknown_case_and_shows_no_party_detail()
    {
        var civil = await app.RegisterCivilCaseAsync();
        await app.RecordAsync(civil.Id, ProgressNodeKind.Accepted, "已立案。", "陈明请于七日内交费。");

        var found = await app.QueryPublicPageAsync(civil.Number, civil.QueryCode);
        var wrong = await app.QueryPublicPageAsync(civil.Number, "ABCDEFGH" == civil.QueryCode ? "ABCDEFGJ" : "ABCDEFGH");
        var unknown = await app.QueryPublicPageAsync("（2026）闽0203民初97531号", civil.QueryCode);

        var shown = found.QuerySelector("[data-test=public-progress]")!.TextContent;
        shown.ShouldContain("已立案");
        found.Body!.TextContent.ShouldNotContain("陈明");
        wrong.QuerySelector("[role=alert]")!.TextContent.ShouldBe(ProgressProblems.PublicQueryNotFoundDetail);
        unknown.QuerySelector("[role=alert]")!.TextContent.ShouldBe(ProgressProblems.PublicQueryNotFoundDetail);
    }
}
