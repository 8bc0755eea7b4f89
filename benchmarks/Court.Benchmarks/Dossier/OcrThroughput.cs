using System.Diagnostics;
using Court.Benchmarks.Bridge;
using Court.Benchmarks.Search;
using Court.EDossier;
using Court.EDossier.Ocr;
using Court.EDossier.Rendering;
using Microsoft.Extensions.Options;

namespace Court.Benchmarks.Dossier;

/// <summary>
/// <c>dossier-ocr [--pages 10]</c>: OCR of text-dense scanned pages as the OCR job does it (poppler renders each page at 300 dpi,
/// Tesseract chi_sim reads it), one page at a time on one core (OMP_THREAD_LIMIT=1), and the share of characters read right.
/// </summary>
internal static class OcrThroughput
{
    public const string Command = "dossier-ocr";

    public static async Task<int> RunAsync(BenchArgs args)
    {
        Environment.SetEnvironmentVariable("OMP_THREAD_LIMIT", "1");
        var pages = args.Int("pages", 10);
        BenchReport.Machine();
        var text = new LegalText(seed: 9);
        var fonts = CourtFonts.Load();
        var pdf = Path.Combine(Path.GetTempPath(), $"court-bench-ocr-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(pdf, BenchPdfs.Document(fonts, text, pages));
        var expected = Court.EDossier.Ingest.PdfTextLayer.Read(pdf, pages, CancellationToken.None)!;
        var tesseract = new Tesseract(Options.Create(new EDossierOptions()));
        try
        {
            var times = new List<double>();
            double right = 0, total = 0;
            for (var page = 1; page <= pages; page++)
            {
                var watch = Stopwatch.StartNew();
                var read = await tesseract.ReadPageAsync(pdf, page, CancellationToken.None);
                times.Add(watch.Elapsed.TotalMilliseconds);
                var want = (expected[page - 1] ?? "").Where(c => !char.IsWhiteSpace(c)).ToList();
                var got = read.Where(c => !char.IsWhiteSpace(c)).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
                total += want.Count;
                right += want.GroupBy(c => c).Sum(g => Math.Min(g.Count(), got.GetValueOrDefault(g.Key)));
            }
            times.Sort();
            Console.WriteLine($"{pages} pages of about {expected.Average(t => t?.Length ?? 0):F0} characters: median {BenchReport.Ms(times[times.Count / 2])}/page, " +
                $"{1000 * pages / times.Sum():F2} pages/s on one core; characters recognised {100 * right / Math.Max(1, total):F1}% (bag-of-characters)");
            return 0;
        }
        finally
        {
            File.Delete(pdf);
        }
    }
}
