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
    /// Three diagonal copies down the page. Few enough that the page's own text stays the dominant direction: poppler and
    /// screen readers take the majority rotation as the reading direction, and a dense diagonal grid made them skip the body.
    /// </summary>
    public void DrawOn(PdfPage page, TextPainter painter)
    {
        using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
        var brush = new XSolidBrush(XColor.FromArgb(70, 150, 150, 150));
        var width = page.Width.Point;
        var height = page.Height.Point;
        var text = Text;
        var textWidth = painter.Measure(gfx, text, FontSize);
        foreach (var share in new[] { 0.25, 0.55, 0.85 })
        {
            var centre = new XPoint(width / 2, height * share);
            var state = gfx.Save();
            gfx.RotateAtTransform(-30, centre);
            painter.Draw(gfx, text, FontSize, centre.X - textWidth / 2, centre.Y, brush);
            gfx.Restore(state);
        }
    }

    private const double FontSize = 12;
}
