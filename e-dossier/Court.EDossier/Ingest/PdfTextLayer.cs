using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace Court.EDossier.Ingest;

/// <summary>
/// Each page's text layer read with PdfPig (which maps CJK glyphs through the fonts' ToUnicode CMaps), whitespace-normalised.
/// A page with fewer than <see cref="MinimumCharacters"/> non-space characters has no usable text layer: it is a scan, null, for OCR.
/// </summary>
internal static class PdfTextLayer
{
    internal const int MinimumCharacters = 5;

    /// <summary>The pages' texts, or null when PdfPig cannot open the file at all.</summary>
    internal static IReadOnlyList<string?>? Read(string path, int pageCount, CancellationToken ct) =>
        Read(() => PigDocument.Open(path), pageCount, ct);

    /// <summary>The same for a PDF in memory, e.g. one the court just rendered.</summary>
    internal static IReadOnlyList<string?>? Read(byte[] pdf, int pageCount, CancellationToken ct) =>
        Read(() => PigDocument.Open(pdf), pageCount, ct);

    private static IReadOnlyList<string?>? Read(Func<PigDocument> open, int pageCount, CancellationToken ct)
    {
        PigDocument document;
        try
        {
            document = open();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
        using (document)
        {
            var texts = new string?[pageCount];
            var readable = Math.Min(pageCount, document.NumberOfPages);
            for (var i = 0; i < readable; i++)
            {
                ct.ThrowIfCancellationRequested();
                try
                {
                    texts[i] = Usable(Normalise(ContentOrderTextExtractor.GetText(document.GetPage(i + 1))));
                }
                catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
                {
                    texts[i] = null; // an unreadable page goes to OCR like a scan
                }
            }
            return texts;
        }
    }

    /// <summary>Runs of spaces and tabs become one space, each line is trimmed, blank lines go, lines join as Chinese text does.</summary>
    internal static string Normalise(string text) =>
        ChineseLines.Join(text.Split(['\r', '\n', '\f', '\v', '\u2028', '\u2029'], StringSplitOptions.RemoveEmptyEntries)
            .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));

    internal static string? Usable(string normalised) =>
        normalised.Count(c => !char.IsWhiteSpace(c) && !char.IsControl(c)) >= MinimumCharacters ? normalised : null;
}
