using Court.EDossier.Rendering;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Court.EDossier.Tests.Ingest.Support;

/// <summary>PDFs made in the test with PDFsharp: pages with a CJK text layer, pages that are only drawings (like scans), and tampering hooks.</summary>
internal static class SamplePdfs
{
    internal const string ContractText = "借款合同 第一条 借款金额为人民币伍万元整";
    private static readonly Lazy<CourtFonts> Fonts = new(() => CourtFonts.Load());

    /// <summary>Writes a PDF whose pages are text (a CJK line) or drawing only, per <paramref name="pages"/>; <paramref name="tamper"/> edits it before saving.</summary>
    internal static string Write(string path, IEnumerable<bool> pages, Action<PdfDocument>? tamper = null) =>
        WriteLines(path, pages.Select(withText => withText ? ContractText : null), tamper);

    /// <summary>One page per entry: that line of text, or (null) a drawing only, like a scan.</summary>
    internal static string WriteLines(string path, IEnumerable<string?> pages, Action<PdfDocument>? tamper = null)
    {
        var painter = new TextPainter(Fonts.Value);
        using var document = new PdfDocument();
        document.Options.CompressContentStreams = false;
        foreach (var text in pages)
        {
            var page = document.AddPage();
            using var graphics = XGraphics.FromPdfPage(page);
            graphics.DrawRectangle(XPens.Black, 50, 50, 300, 120);
            if (text is not null) painter.Draw(graphics, text, 16, 60, 100);
        }
        tamper?.Invoke(document);
        document.Save(path);
        return path;
    }

    internal static string WriteText(string path, int pages = 1, Action<PdfDocument>? tamper = null) =>
        Write(path, Enumerable.Repeat(true, pages), tamper);
}
