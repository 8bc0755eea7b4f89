using System.Diagnostics;
using Court.Benchmarks.Bridge;
using Court.Benchmarks.Search;
using Court.EDossier.Blobs;
using Court.EDossier.Dossiers;
using Court.EDossier.Pdf;
using Court.EDossier.Rendering;
using Court.Kernel.Cases;
using Court.Kernel.Dossier;

namespace Court.Benchmarks.Dossier;

/// <summary>
/// <c>dossier-merge [--pages 500] [--docs 50] [--runs 5]</c>: the merged dossier (cover, catalogue, every page stamped, bookmarks)
/// of a dossier with that many text-dense pages, for the bench (clean) and for a party (every page watermarked); wall time per
/// build and the process's peak working set, sampled every 5 ms while building. Goal (issue 4): 500 pages ≤ 2 s, ≤ 300 MB.
/// </summary>
internal static class MergedDossierLoad
{
    public const string Command = "dossier-merge";

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var pages = args.Int("pages", 500);
        var documents = args.Int("docs", 50);
        var runs = args.Int("runs", 5);
        BenchReport.Machine();

        var folder = Directory.CreateTempSubdirectory("court-bench-merge-").FullName;
        try
        {
            var fonts = CourtFonts.Load();
            var blobs = new FileBlobStore(folder);
            var text = new LegalText(seed: 4);
            var rows = new List<CatalogueRow>();
            for (var d = 0; d < documents; d++)
            {
                var count = pages / documents + (d < pages % documents ? 1 : 0);
                var stored = await blobs.PutAsync(new MemoryStream(BenchPdfs.Document(fonts, text, count)), CancellationToken.None);
                var category = d < documents - 2 ? DossierCategory.Evidence : DossierCategory.Decisions;
                rows.Add(new CatalogueRow(Guid.NewGuid(), Guid.NewGuid(), $"证据材料 {d + 1}", category, DossierVolume.Open, d, count, stored.Sha256,
                    stored.SizeBytes, DateTime.UtcNow, "基准测试", "benchmark", null, false));
            }
            var catalogue = DossierCatalogue.Number(rows);
            var dossierCase = new CaseSummaryInfo(Guid.NewGuid(), "（2026）闽0203民初9999号", "闽0203", "厦门市思明区人民法院", "民初", "民间借贷纠纷", false, DateTime.UtcNow);
            var gate = new StoredPdfGate(blobs, Microsoft.Extensions.Options.Options.Create(new Court.EDossier.EDossierOptions()));
            var merger = new MergedDossier(new ReadingCopies(blobs, fonts, gate), fonts, TimeProvider.System);
            Console.WriteLine($"dossier: {catalogue.Count} documents, {catalogue.Sum(e => e.PageCount)} pages, {BenchReport.MiB(rows.Sum(r => r.SizeBytes))} stored");

            foreach (var (label, watermark) in new[] { ("bench (no watermark)", (Watermark?)null), ("party (watermarked)", new Watermark("林晓律师", "350206********1461", DateTime.UtcNow)) })
            {
                var times = new List<double>();
                long peak = 0;
                var size = 0;
                for (var run = 0; run < runs + 1; run++)
                {
                    GC.Collect();
                    using var sampler = new PeakSampler(TimeSpan.FromMilliseconds(5));
                    var watch = Stopwatch.StartNew();
                    size = (await merger.BuildAsync(dossierCase, catalogue, [DossierVolume.Open], watermark, CancellationToken.None)).Length;
                    watch.Stop();
                    if (run == 0) continue; // the first build warms the JIT and PDFsharp's font caches
                    times.Add(watch.Elapsed.TotalMilliseconds);
                    peak = Math.Max(peak, sampler.Stop());
                }
                times.Sort();
                Console.WriteLine($"{label}: median {BenchReport.Ms(times[times.Count / 2])}, min {BenchReport.Ms(times[0])}, max {BenchReport.Ms(times[^1])}; " +
                    $"peak working set {BenchReport.MiB(peak)}; output {BenchReport.MiB(size)}");
            }
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
