using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Court.EDossier.Tests.Ingest.Support;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Jobs;
using Court.Host.Tests.Litigation.Support;

namespace Court.Host.Tests.Pages.Filing;

/// <summary>材料 uploaded from the page, and 费用与确认: the fee with its basis, inert markup, one submission for a double click.</summary>
[Trait("Category", "Persistence")]
public sealed class MaterialsAndSubmission(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    private const string Hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid id, string title, byte[] content, string contentType)
    {
        var path = FilingPages.Step(id, "Materials");
        var page = await client.GetPageAsync(path);
        var token = page.QuerySelector("form[data-test=upload] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("evidence"), "category" },
            { new StringContent(title), "title" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", "material" + (contentType == "application/pdf" ? ".pdf" : ".bin"));
        return await client.PostAsync(new Uri($"{path}?handler=Upload", UriKind.Relative), form);
    }

    [Fact]
    public async Task A_material_uploaded_from_the_page_is_listed_with_its_pages()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var journey = await new FilingJourney(app, litigant).DraftAsync();

        using var response = await UploadAsync(litigant, journey.Id, "借条", File.ReadAllBytes(SamplePdfs.WriteText(Path.GetTempFileName())), "application/pdf");

        var page = await response.PageOfAsync();
        page.QuerySelector("[data-test=uploaded]")!.TextContent.ShouldContain("已上传“借条”");
        var link = page.QuerySelector("[data-test=documents] a")!;
        link.TextContent.ShouldBe("借条");
        using var document = await litigant.GetAsync(link.GetAttribute("href"));
        document.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_file_the_dossier_refuses_gets_its_chinese_reason_on_the_page()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var journey = await new FilingJourney(app, litigant).DraftAsync();

        using var response = await UploadAsync(litigant, journey.Id, "借条", "不是PDF"u8.ToArray(), "application/pdf");

        var page = await response.PageOfAsync();
        page.QuerySelector("[data-test=problem]")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        page.QuerySelector("[data-test=documents]").ShouldBeNull();
    }

    [Fact]
    public async Task The_confirmation_shows_the_fee_of_200000_yuan_with_its_basis_and_markup_stays_text()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        await journey.SaveAsync($"/api/filings/{journey.Id}", new { factsAndReasons = Hostile });

        var page = await litigant.GetPageAsync(FilingPages.Step(journey.Id, "Confirm"));

        page.QuerySelector("[data-test=fee-amount]")!.TextContent.ShouldBe("¥4,300.00");
        page.QuerySelector("[data-test=fee-basis]")!.TextContent.ShouldContain("诉讼费用交纳办法");
        var facts = page.QuerySelector("[data-test=facts]")!;
        facts.QuerySelectorAll("script, img").ShouldBeEmpty();
        facts.TextContent.ShouldBe(Hostile);
        page.QuerySelector("[data-test=missing]").ShouldBeNull();
    }

    [Fact]
    public async Task A_double_click_on_submit_submits_once_and_both_land_on_the_status_page()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        var path = FilingPages.Step(journey.Id, "Confirm");
        var page = await litigant.GetPageAsync(path);
        var fields = new Dictionary<string, string> { ["go"] = "submit", ["consentsToMediation"] = "true" };

        using var first = await litigant.PostFormAsync(page, path, "form[data-test=submit]", fields);
        using var second = await litigant.PostFormAsync(page, path, "form[data-test=submit]", fields);

        first.Headers.Location!.OriginalString.ShouldBe($"/Portals/Filing/{journey.Id}");
        second.Headers.Location!.OriginalString.ShouldBe($"/Portals/Filing/{journey.Id}");
        var filing = await litigant.FilingAsync(journey.Id);
        filing.GetProperty("status").GetString().ShouldBe("Submitted");
        filing.GetProperty("consentsToMediation").GetBoolean().ShouldBeTrue();
        var status = await new HtmlParser().ParseDocumentAsync(await litigant.GetStringAsync($"/Portals/Filing/{journey.Id}"));
        status.QuerySelectorAll("[data-test=documents] li").Count(li => li.TextContent.Contains("起诉状", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task An_incomplete_filing_is_not_submitted_and_the_page_says_what_is_missing()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var id = await litigant.StartOnThePageAsync();
        var path = FilingPages.Step(id, "Confirm");

        var page = await litigant.GetPageAsync(path);
        page.QuerySelector("[data-test=missing]")!.TextContent.ShouldContain("请选择案件类型");
        using var response = await litigant.PostFormAsync(page, path, "form[data-test=submit]", new Dictionary<string, string> { ["go"] = "submit" });

        (await response.PageOfAsync()).QuerySelector("[data-test=problem]")!.TextContent.ShouldContain("立案申请尚不完整");
        (await litigant.FilingAsync(id)).GetProperty("status").GetString().ShouldBe("Draft");
    }
}
