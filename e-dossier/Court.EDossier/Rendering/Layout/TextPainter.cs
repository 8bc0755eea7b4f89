using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Court.EDossier.Rendering;

/// <summary>
/// Measures and draws text run by run, each run in the first face of the chain that has its glyphs, and remembers
/// every character it drew without a glyph so a render can prove its coverage.
/// </summary>
internal sealed class TextPainter(CourtFonts fonts)
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private readonly Dictionary<(CourtFace, double), XFont> _xfonts = [];
    private readonly Dictionary<(string, FontStyleRole, double), double> _widths = [];
    private readonly HashSet<Rune> _missing = [];

    public CourtFonts Fonts => fonts;

    /// <summary>Characters drawn with a face that has no glyph for them; empty when the page shows everything.</summary>
    public IReadOnlyCollection<Rune> MissingGlyphs => _missing;

    public double Measure(XGraphics gfx, string text, double size, FontStyleRole role = FontStyleRole.Song)
    {
        if (_widths.TryGetValue((text, role, size), out var cached)) return cached;
        var width = fonts.SplitIntoRuns(text, role).Sum(run => gfx.MeasureString(run.Text, Font(run.Face, size)).Width);
        _widths[(text, role, size)] = width;
        return width;
    }

    /// <summary>Draws <paramref name="text"/> with its baseline at <paramref name="baseline"/>; returns the advance.</summary>
    public double Draw(XGraphics gfx, string text, double size, double x, double baseline, XBrush? brush = null, FontStyleRole role = FontStyleRole.Song)
    {
        var start = x;
        foreach (var run in fonts.SplitIntoRuns(text, role))
        {
            foreach (var rune in run.Text.EnumerateRunes())
                if (!Rune.IsWhiteSpace(rune) && !run.Face.Covers(rune.Value)) _missing.Add(rune);
            var font = Font(run.Face, size);
            gfx.DrawString(run.Text, font, brush ?? XBrushes.Black, x, baseline, XStringFormats.BaseLineLeft);
            x += gfx.MeasureString(run.Text, font).Width;
        }
        return x - start;
    }

    public void DrawCentred(XGraphics gfx, string text, double size, double centreX, double baseline, XBrush? brush = null, FontStyleRole role = FontStyleRole.Song) =>
        Draw(gfx, text, size, centreX - Measure(gfx, text, size, role) / 2, baseline, brush, role);

    private XFont Font(CourtFace face, double size)
    {
        if (!_xfonts.TryGetValue((face, size), out var font))
            _xfonts[(face, size)] = font = new XFont(face.FamilyName, size, XFontStyleEx.Regular, Unicode);
        return font;
    }
}
