using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Court.Benchmarks.Bridge;
using Court.Benchmarks.Dossier;
using Court.Benchmarks.Search;
using Court.EDossier.Rendering;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Court.Benchmarks.Filing;

/// <summary>
/// Issue 5, "Performance": a filing with 20 MB of materials in ≤ 3 s, and ≤ 50 MB of memory growth per concurrent upload.
/// Each filing is a draft that uploads its materials one file after another (as the portal's form sends them) through
/// <c>POST /api/filings/{id}/dossier/documents</c> over real HTTP, then submits; 1, 4 and 8 filings do so at once. The
/// materials are made once: text PDFs (complaint, contract), PDFs of scanned pages (JPEGs rendered by pdftoppm, embedded
/// as they are) and phone photos (JPEG). Memory is this process's peak resident set (VmHWM, reset through
/// /proc/self/clear_refs before each round) over its resident set after a full collection before the round: the host
/// runs in this process, the client streams every file from disk and holds none in memory.
/// </summary>
internal static class FilingMaterials
{
    public const string Command = "filing-materials";

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var megabytes = args.Int("megabytes", 20);
        var levels = (args.String("concurrency") ?? "1,4,8").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var rounds = args.Int("rounds", 2);
        BenchReport.Machine();
        var folder = args.String("materials") ?? Path.Combine(Path.GetTempPath(), "filing-materials-" + megabytes);
        var files = await MaterialsAsync(folder, megabytes);
        Console.WriteLine($"materials: {files.Count} files, {BenchReport.MiB(files.Sum(f => new FileInfo(f.Path).Length))} in {folder}");
        foreach (var group in files.GroupBy(f => f.Kind))
            Console.WriteLine($"  {group.Key}: {group.Count()} files, {BenchReport.MiB(group.Sum(f => new FileInfo(f.Path).Length))}");

        // A web node: the OCR of the scanned pages is queued for the job workers and not run here (it is not part of filing).
        await using var host = FilingHost.Start(args.String("provider") ?? "Sqlite", args.String("data-dir"),
            new Dictionary<string, string?> { ["Court:Jobs:Enabled"] = "false" });
        Console.WriteLine($"host: {host.Address} on {host.Provider}; job workers off (OCR queued, not run)");
        using var litigant = await host.ClientForAsync("litigant", TimeSpan.FromMinutes(5));

        await FileOnceAsync(litigant, files, 0); // warm-up: JIT, PDFsharp, PdfPig, connection pool
        var failures = 0;
        var index = 1;
        foreach (var concurrency in levels)
        {
            for (var round = 1; round <= rounds; round++)
            {
                var drafts = new List<Guid>();
                for (var i = 0; i < concurrency; i++) drafts.Add(await FilingDrafts.DraftAsync(litigant, index++));
                var baseline = SettledResidentSet();
                ResetPeak();
                var allocated = GC.GetTotalAllocatedBytes();
                var load = BenchReport.LoadAverage();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                using var sampler = new PeakSampler(TimeSpan.FromMilliseconds(10));
                var wall = Stopwatch.StartNew();
                var results = await Task.WhenAll(drafts.Select(id => UploadAndSubmitAsync(litigant, files, id)));
                wall.Stop();
                var peak = Math.Max(sampler.Stop(), PeakResidentSet());
                allocated = GC.GetTotalAllocatedBytes() - allocated;
                cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                failures += results.Count(r => r.Error is not null);
                var times = BenchReport.Latencies.Of(results.Select(r => r.Ms));
                var growth = peak - baseline;
                Console.WriteLine($"{concurrency} at once, round {round}: per filing p50 {Seconds(times.P50)}, max {Seconds(times.Max)} " +
                    $"(upload {Seconds(results.Max(r => r.UploadMs))}, submit {Seconds(results.Max(r => r.SubmitMs))} at most); all in {Seconds(wall.Elapsed.TotalMilliseconds)}; " +
                    $"resident {BenchReport.MiB(baseline)} → peak {BenchReport.MiB(peak)} = +{BenchReport.MiB(growth)} (+{BenchReport.MiB(growth / concurrency)} per upload); " +
                    $"allocated {BenchReport.MiB(allocated)}; CPU {Seconds(cpu.TotalMilliseconds / concurrency)} per filing; load average before {load}, after {BenchReport.LoadAverage()}");
                foreach (var failed in results.Where(r => r.Error is not null).Take(3)) Console.WriteLine($"  FAILED: {failed.Error}");
            }
        }
        Console.WriteLine(failures == 0 ? "OK: every upload and submission answered 2xx" : $"FAILED: {failures} filings");
        return failures == 0 ? 0 : 1;
    }

    internal sealed record Material(string Path, string Kind, string ContentType, string Category, string Title);

    private sealed record Filed(double Ms, double UploadMs, double SubmitMs, string? Error);

    private static async Task FileOnceAsync(HttpClient litigant, IReadOnlyList<Material> files, int index)
    {
        var result = await UploadAndSubmitAsync(litigant, files, await FilingDrafts.DraftAsync(litigant, index));
        if (result.Error is not null) throw new InvalidOperationException("Warm-up filing failed: " + result.Error);
        Console.WriteLine($"warm-up filing: {Seconds(result.Ms)} (upload {Seconds(result.UploadMs)}, submit {Seconds(result.SubmitMs)})");
    }

    private static async Task<Filed> UploadAndSubmitAsync(HttpClient litigant, IReadOnlyList<Material> files, Guid filingId)
    {
        var watch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            using var form = new MultipartFormDataContent
            {
                { new StringContent(file.Category), "category" },
                { new StringContent(file.Title), "title" },
            };
            var content = new StreamContent(new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous), 64 * 1024);
            content.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            form.Add(content, "file", System.IO.Path.GetFileName(file.Path));
            using var response = await litigant.PostAsync($"/api/filings/{filingId}/dossier/documents", form);
            if (!response.IsSuccessStatusCode)
                return new Filed(watch.Elapsed.TotalMilliseconds, 0, 0, $"upload {file.Path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        var uploaded = watch.Elapsed.TotalMilliseconds;
        using (var submission = FilingDrafts.Submission(filingId))
        using (var response = await litigant.SendAsync(submission))
        {
            if (!response.IsSuccessStatusCode)
                return new Filed(watch.Elapsed.TotalMilliseconds, uploaded, 0, $"submission answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return new Filed(watch.Elapsed.TotalMilliseconds, uploaded, watch.Elapsed.TotalMilliseconds - uploaded, null);
    }

    /// <summary>
    /// About <paramref name="megabytes"/> MB of what a 民间借贷 filing carries: the complaint and the loan contract as text PDFs,
    /// bank statements and chat records as PDFs of scanned pages (8 pages, ~0.4 MB a page), and photos of the IOU (JPEG).
    /// </summary>
    private static async Task<List<Material>> MaterialsAsync(string folder, int megabytes)
    {
        Directory.CreateDirectory(folder);
        var list = new List<Material>();
        var fonts = CourtFonts.Load();
        var text = new LegalText(seed: 11);
        list.Add(await TextPdfAsync(folder, "起诉状.pdf", 6, "pleadings", "民事起诉状", fonts, text));
        list.Add(await TextPdfAsync(folder, "借款合同.pdf", 12, "evidence", "借款合同", fonts, text));
        for (var p = 1; p <= 2; p++)
        {
            var photo = Path.Combine(folder, $"借条照片{p}.jpg");
            if (!File.Exists(photo)) await RenderJpegAsync(fonts, text, folder, photo, dpi: 300, colour: true);
            list.Add(new Material(photo, "photo (JPEG)", "image/jpeg", "evidence", $"借条照片{p}"));
        }
        var target = megabytes * 1000L * 1000L;
        for (var d = 1; list.Sum(f => new FileInfo(f.Path).Length) < target; d++)
        {
            var path = Path.Combine(folder, $"扫描证据{d}.pdf");
            if (!File.Exists(path)) await ScannedPdfAsync(fonts, text, folder, path, pages: 8);
            list.Add(new Material(path, "scanned PDF", "application/pdf", "evidence", d % 2 == 1 ? $"银行流水{d}" : $"聊天记录{d}"));
        }
        return list;
    }

    private static Task<Material> TextPdfAsync(string folder, string name, int pages, string category, string title, CourtFonts fonts, LegalText text)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path)) File.WriteAllBytes(path, BenchPdfs.Document(fonts, text, pages));
        return Task.FromResult(new Material(path, "text PDF", "application/pdf", category, title));
    }

    private static async Task ScannedPdfAsync(CourtFonts fonts, LegalText text, string folder, string path, int pages)
    {
        var scans = new List<string>();
        for (var p = 0; p < pages; p++)
        {
            var scan = Path.Combine(folder, $"scan-{Guid.NewGuid():N}.jpg");
            await RenderJpegAsync(fonts, text, folder, scan, dpi: 200, colour: true);
            scans.Add(scan);
        }
        using (var document = new PdfDocument())
        {
            foreach (var scan in scans)
            {
                var page = document.AddPage();
                using var gfx = XGraphics.FromPdfPage(page);
                using var image = XImage.FromFile(scan);
                gfx.DrawImage(image, 0, 0, page.Width.Point, page.Height.Point);
            }
            document.Save(path);
        }
        foreach (var scan in scans) File.Delete(scan);
    }

    /// <summary>A page of text rendered by pdftoppm, as a scanner or a phone would give it.</summary>
    private static async Task RenderJpegAsync(CourtFonts fonts, LegalText text, string folder, string jpeg, int dpi, bool colour)
    {
        var page = Path.Combine(folder, $"page-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(page, BenchPdfs.Document(fonts, text, 1));
        var stem = jpeg[..^4];
        var arguments = new List<string> { "-jpeg", "-jpegopt", "quality=92", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-singlefile" };
        if (!colour) arguments.Add("-gray");
        arguments.AddRange([page, stem]);
        var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException("pdftoppm failed: " + await process.StandardError.ReadToEndAsync());
        File.Delete(page);
    }

    private static long SettledResidentSet()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    /// <summary>Resets VmHWM to the current resident set (Linux: "5" to /proc/self/clear_refs).</summary>
    private static void ResetPeak()
    {
        try { File.WriteAllText("/proc/self/clear_refs", "5"); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static long PeakResidentSet()
    {
        if (!File.Exists("/proc/self/status")) return 0;
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    private static string Seconds(double ms) => (ms / 1000).ToString("F2", CultureInfo.InvariantCulture) + " s";
}
