using PdfSharp.Drawing;
using QRCoder;

namespace Court.EDossier.Rendering;

/// <summary>
/// The verification QR code as vector rectangles (one per horizontal run of dark modules, filled as a single path so
/// rasterisers leave no seams), with the caption 扫码核验 under it.
/// </summary>
internal static class VerificationQrPainter
{
    public static void Draw(XGraphics gfx, TextPainter painter, string url, XRect area)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix; // includes the 4-module quiet zone
        var module = area.Width / matrix.Count;
        var path = new XGraphicsPath { FillMode = XFillMode.Winding };
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            for (var col = 0; col < bits.Length; col++)
            {
                if (!bits[col]) continue;
                var start = col;
                while (col + 1 < bits.Length && bits[col + 1]) col++;
                path.AddRectangle(area.X + start * module, area.Y + row * module, (col - start + 1) * module, module);
            }
        }
        gfx.DrawPath(XBrushes.Black, path);
        painter.DrawCentred(gfx, "扫码核验", PageGeometry.CaptionSize, area.X + area.Width / 2, area.Bottom + PageGeometry.CaptionSize * 0.5, role: FontStyleRole.Kai);
    }
}
