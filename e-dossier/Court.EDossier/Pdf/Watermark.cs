using Court.EDossier.Rendering;
using Court.Kernel;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Court.EDossier.Pdf;

/// <summary>
/// 阅卷水印: the reader's name, masked identifier and the time of reading, repeated diagonally across every page a party or
/// counsel receives, so a leaked copy names who took it out.
/// </summary>
internal sealed record Watermark(string ReaderName, string? MaskedIdentifier, DateTime AtUtc)
{
    public string Text => $"{ReaderName} {MaskedIdentifier} {ShanghaiTime.Format(AtUtc)} 阅卷".Replace("  ", " ", StringComparison.Ordinal);

    /// <summary>
    /// Horizontal lines of light grey text, across the top margin and three times down the page. Horizontal, not
    /// diagonal: text extractors and screen readers take the page's majority direction as the reading order, and diagonal
    /// copies made poppler scramble the page's own text (and split the watermark into single characters).
    /// </summary>
    public void DrawOn(PdfPage page, TextPainter painter)
    {
        using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
        var brush = new XSolidBrush(XColor.FromArgb(90, 140, 140, 140));
        var width = page.Width.Point;
        var height = page.Height.Point;
        var text = Text;
        var x = Math.Max(18, (width - painter.Measure(gfx, text, FontSize)) / 2);
        foreach (var y in new[] { 36, height * 0.3, height * 0.55, height * 0.8 })
            painter.Draw(gfx, text, FontSize, x, y, brush);
    }

    private const double FontSize = 12;
}
