using Court.Benchmarks.Bridge;
using Court.Benchmarks.Filing;
using Court.Benchmarks.Search;
using Court.EDossier.Rendering;
using Court.Kernel.Dossier;
using Court.Seeds.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Court.Benchmarks.Dossier;

/// <summary>
/// <c>dossier-reader [--pages 300] [--docs 30] [--runs 5]</c>: 阅览合并卷宗 in headless Debian Chromium against the host on a
/// real socket — the milliseconds from the start of navigation to the reader page until PDF.js has drawn page 1 of the
/// merged dossier (the page's <c>data-first-page-ms</c>): the page, the merged PDF built by the host, its download,
/// parsing and the first canvas. For the judge (clean copy, desktop) and the plaintiff (watermarked copy, 390×844 phone).
/// Goal (issue 12 point 4): ≤ 1 s for 300 pages.
/// </summary>
internal static class ReaderFirstPage
{
    public const string Command = "dossier-reader";

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var pages = args.Int("pages", 300);
        var documents = args.Int("docs", 30);
        var runs = args.Int("runs", 5);
        BenchReport.Machine();

        await using var host = FilingHost.Start("Sqlite", dataDir: null);
        var loanCase = DemoCatalogue.Cases[0].Id;
        var added = await AddPagesAsync(host, loanCase, pages, documents);
        Console.WriteLine($"dossier: demo case 1 + {documents} documents of {added} text-dense pages");

        // The host's share: building and sending the merged PDF, as the reader's fetch gets it (same endpoint, no browser).
        foreach (var user in new[] { "judge", "litigant" })
        {
            using var client = await host.ClientForAsync(user);
            var serverMs = new List<double>();
            long size = 0;
            for (var run = 0; run <= runs; run++)
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var bytes = await client.GetByteArrayAsync($"/api/cases/{loanCase}/dossier/merged.pdf");
                watch.Stop();
                size = bytes.Length;
                if (run > 0) serverMs.Add(watch.Elapsed.TotalMilliseconds);
            }
            serverMs.Sort();
            Console.WriteLine($"{user}: GET merged.pdf ({BenchReport.MiB(size)}) median {BenchReport.Ms(serverMs[serverMs.Count / 2])}, " +
                $"min {BenchReport.Ms(serverMs[0])}, max {BenchReport.Ms(serverMs[^1])}");
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("COURT_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        foreach (var (label, user, width, height) in new[] { ("judge, desktop 1280×800 (clean)", "judge", 1280, 800), ("plaintiff, phone 390×844 (watermarked)", "litigant", 390, 844) })
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = host.Address.ToString(), Locale = "zh-CN", ViewportSize = new ViewportSize { Width = width, Height = height },
            });
            var page = await context.NewPageAsync();
            await SignInAsync(page, user);
            var timings = new List<double>();
            var total = 0;
            for (var run = 0; run <= runs; run++) // run 0 warms up the host (JIT) and the browser's caches of the library
            {
                await page.GotoAsync($"/Portals/Dossier/{loanCase}/Read");
                var reader = page.Locator(".pdf-reader[data-state=ready]");
                await reader.WaitForAsync(new() { Timeout = 60_000 });
                total = int.Parse((await reader.GetAttributeAsync("data-pages"))!, System.Globalization.CultureInfo.InvariantCulture);
                var ms = double.Parse((await reader.GetAttributeAsync("data-first-page-ms"))!, System.Globalization.CultureInfo.InvariantCulture);
                if (run > 0) timings.Add(ms);
            }
            timings.Sort();
            Console.WriteLine($"{label}: {total} pages; first page on screen median {BenchReport.Ms(timings[timings.Count / 2])}, " +
                $"min {BenchReport.Ms(timings[0])}, max {BenchReport.Ms(timings[^1])} ({runs} runs; load {BenchReport.LoadAverage()})");
        }
        return 0;
    }

    private static async Task<int> AddPagesAsync(FilingHost host, Guid caseId, int pages, int documents)
    {
        var fonts = CourtFonts.Load();
        var text = new LegalText(seed: 12);
        var added = 0;
        await using var scope = host.Services.CreateAsyncScope();
        var dossier = scope.ServiceProvider.GetRequiredService<IDossierApi>();
        for (var d = 0; d < documents; d++)
        {
            var count = pages / documents + (d < pages % documents ? 1 : 0);
            using var content = new MemoryStream(BenchPdfs.Document(fonts, text, count));
            var result = await dossier.AddFileAsync(new DossierFileAddition(DossierOwner.Case(caseId), DossierCategory.Evidence, $"证据材料 {d + 1}",
                $"evidence-{d + 1}.pdf", "application/pdf", new DossierActor(null, "基准测试"), "benchmark"), content);
            if (!result.Succeeded) throw new InvalidOperationException(result.Refusal!.Detail);
            added += count;
        }
        return added;
    }

    private static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(BenchHost.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).WaitForAsync();
    }
}
