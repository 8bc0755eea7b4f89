using Microsoft.Playwright;

namespace Court.Browser.Tests.Dossier;

/// <summary>
/// 阅览 draws the PDF on the court's own page with PDF.js (issue 12 point 4): the frame it replaced was refused by the
/// app's own X-Frame-Options, and phones show no PDF in a frame at all.
/// </summary>
public sealed class ReadingInThePage(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string LoanCase = "0193a000-0000-7000-8000-000000000001";

    [Fact]
    public async Task The_judge_reads_the_judgment_page_by_page_in_the_page()
    {
        var page = await host.NewPageAsync();
        var problems = Problems(page);
        await SignIn.AsAsync(page, "judge");
        await page.GotoAsync($"/Portals/Dossier/{LoanCase}");

        var opened = await page.RunAndWaitForResponseAsync(
            () => page.Locator("[data-volume=open] tbody tr", new() { HasText = "民事判决书" }).GetByRole(AriaRole.Link, new() { Name = "阅览" }).ClickAsync(),
            r => r.Url.Contains("/Read/", StringComparison.Ordinal));

        opened.Status.ShouldBe(200);
        opened.Headers["x-frame-options"].ShouldBe("DENY");
        opened.Headers["content-security-policy"].ShouldContain("frame-ancestors 'none'");
        await ShowsTheFirstPageAsync(page);
        (await page.Locator(".pdf-reader").GetAttributeAsync("data-pages")).ShouldNotBe("0");
        problems.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_party_on_a_phone_reads_the_watermarked_merged_dossier()
    {
        var page = await host.NewPageAsync(width: 390, height: 844);
        var problems = Problems(page);
        await SignIn.AsAsync(page, "litigant");
        await page.GotoAsync($"/Portals/Dossier/{LoanCase}");

        var pdf = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "阅览合并卷宗" }).ClickAsync(),
            r => r.Url.EndsWith("/dossier/merged.pdf", StringComparison.Ordinal));

        pdf.Status.ShouldBe(200);
        await ShowsTheFirstPageAsync(page);
        (await page.Locator("main").InnerTextAsync()).ShouldContain("水印");
        var canvasWidth = await page.Locator(".pdf-page canvas").First.EvaluateAsync<double>("c => c.getBoundingClientRect().width");
        canvasWidth.ShouldBeLessThanOrEqualTo(390);
        canvasWidth.ShouldBeGreaterThan(300, "fit to the phone's width");
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("no sideways scrolling");

        await page.GetByRole(AriaRole.Button, new() { Name = "放大" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('.pdf-page canvas').getBoundingClientRect().width > 400");
        problems.ShouldBeEmpty();
        await page.Context.CloseAsync();
    }

    /// <summary>Page 1 is on a canvas that is not blank, and the reader says how many pages there are.</summary>
    private static async Task ShowsTheFirstPageAsync(IPage page)
    {
        await page.Locator(".pdf-reader[data-state=ready]").WaitForAsync();
        (await page.Locator("[data-test=pdf-status]").InnerTextAsync()).ShouldMatch(@"共 \d+ 页");
        var inked = await page.Locator(".pdf-page[data-page='1'] canvas").EvaluateAsync<int>("""
            c => {
              const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
              let inked = 0;
              for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] + data[i + 1] + data[i + 2] < 600) inked++;
              return inked;
            }
            """);
        inked.ShouldBeGreaterThan(1000, "page 1 shows text");
    }

    /// <summary>Console errors, page errors and failed requests — a Content-Security-Policy refusal shows up here.</summary>
    private static List<string> Problems(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            // The browser asks for /favicon.ico on its own; the portals have none, and that is not the reader's concern.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal)) problems.Add($"{message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => problems.Add(error);
        page.Response += (_, response) => { if (response.Status >= 400) problems.Add($"{response.Status} {response.Url}"); };
        return problems;
    }
}
