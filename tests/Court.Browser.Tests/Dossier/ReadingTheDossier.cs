using System.Diagnostics;
using Microsoft.Playwright;

namespace Court.Browser.Tests.Dossier;

/// <summary>阅卷 in the browser: the judge reads and searches both volumes; counsel reads a watermarked open volume; others are refused.</summary>
public sealed class ReadingTheDossier(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string LoanCase = "0193a000-0000-7000-8000-000000000001";
    private const string SaleCase = "0193a000-0000-7000-8000-000000000002";

    [Fact]
    public async Task A_judge_opens_the_case_reads_a_document_and_searches_the_dossier()
    {
        var page = await host.NewPageAsync();
        await SignIn.AsAsync(page, "judge");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("民初") }).First.ClickAsync();
        await page.Locator("main h1", new() { HasText = "电子卷宗" }).WaitForAsync();
        (await page.Locator("[data-volume=open] tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("[data-volume=internal] tbody tr").CountAsync()).ShouldBeGreaterThan(0);

        var pdf = await page.RunAndWaitForResponseAsync(
            () => page.Locator("[data-volume=open] tbody tr", new() { HasText = "民事判决书" }).GetByRole(AriaRole.Link, new() { Name = "阅览" }).ClickAsync(),
            r => r.Url.Contains("/dossier/documents/", StringComparison.Ordinal));
        pdf.Status.ShouldBe(200);
        pdf.Headers["content-type"].ShouldBe("application/pdf");
        await page.GetByRole(AriaRole.Link, new() { Name = "← 返回电子卷宗" }).ClickAsync();

        await page.Locator("main form[role=search] input[name=q]").FillAsync("合议");
        await page.Locator("main form[role=search]").GetByRole(AriaRole.Button, new() { Name = "检索" }).ClickAsync();
        await page.Locator("main h1", new() { HasText = "全文检索" }).WaitForAsync();
        var hits = page.Locator("ol.hits li");
        (await hits.CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("ol.hits li[data-volume=internal] mark").First.InnerTextAsync()).ShouldBe("合议");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Counsel_on_the_case_reads_the_open_volume_with_their_name_on_every_page()
    {
        var page = await host.NewPageAsync();
        await SignIn.AsAsync(page, "lawyer");

        await page.GotoAsync($"/Portals/Dossier/{LoanCase}");
        (await page.Locator("[data-volume=open] tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("[data-volume=internal]").CountAsync()).ShouldBe(0);
        (await page.Locator("main").InnerTextAsync()).ShouldContain("水印");

        var download = await page.RunAndWaitForDownloadAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "下载合并卷宗" }).ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"court-browser-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(file);
        try
        {
            var text = PdfToText(file);
            text.ShouldContain("林晓律师");
            text.ShouldContain("卷 内 目 录");
            text.ShouldNotContain("副卷");
        }
        finally
        {
            File.Delete(file);
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Counsel_files_evidence_from_the_dossier_page_and_sees_it_in_the_catalogue()
    {
        var page = await host.NewPageAsync(width: 375, height: 740);
        await SignIn.AsAsync(page, "lawyer");
        await page.GotoAsync($"/Portals/Dossier/{LoanCase}");
        var file = Path.Combine(Path.GetTempPath(), $"court-browser-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGM4oKCAFTEMLQkAKj9AAXjm1WMAAAAASUVORK5CYII="));

        await page.Locator("select[name=category]").SelectOptionAsync("evidence");
        await page.GetByLabel("材料名称").FillAsync("转账凭证");
        await page.Locator("input[type=file]").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        File.Delete(file);

        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("已提交“转账凭证”");
        (await page.Locator("[data-volume=open] tbody tr", new() { HasText = "转账凭证" }).CountAsync()).ShouldBe(1);
        (await page.Locator("select[name=category] option[value=deliberation]").CountAsync()).ShouldBe(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Counsel_not_on_the_case_is_refused_its_dossier()
    {
        var page = await host.NewPageAsync();
        await SignIn.AsAsync(page, "lawyer");

        var response = await page.GotoAsync($"/Portals/Dossier/{SaleCase}");

        response!.Status.ShouldBe(403);
        (await page.Locator("main").InnerTextAsync()).ShouldContain("无权");
        var api = await page.Context.APIRequest.GetAsync($"/api/cases/{SaleCase}/dossier");
        api.Status.ShouldBe(403);
        await page.Context.CloseAsync();
    }

    private static string PdfToText(string file)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", [file, "-"]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit(30_000).ShouldBeTrue();
        return text;
    }
}
