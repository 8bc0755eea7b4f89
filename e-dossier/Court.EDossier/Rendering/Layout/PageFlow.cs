using PdfSharp.Drawing;
using PdfSharp.Pdf;
using static Court.EDossier.Rendering.PageGeometry;

namespace Court.EDossier.Rendering;

/// <summary>
/// Writes lines on the 22-line grid of GB/T 9704, page after page, numbering each page «— n —» at its foot
/// (odd pages right, even pages left, one character in from the edge). A <paramref name="footer"/> is printed small and
/// centred just under the text block of every page.
/// </summary>
internal sealed class PageFlow(PdfDocument document, TextPainter painter, string? footer = null) : IDisposable
{
    private XGraphics? _gfx;

    public XGraphics Gfx => _gfx ?? NewPage();

    public TextPainter Painter => painter;

    public int PageCount => document.PageCount;

    /// <summary>The next free line on the current page, 0 to 21.</summary>
    public int Line { get; private set; }

    public static double LineTop(int line) => MarginTop + line * LinePitch;

    /// <summary>The baseline that centres an em box of <paramref name="size"/> in the line (CJK glyphs sit ~88% down their em).</summary>
    public static double Baseline(int line, double size) => LineTop(line) + (LinePitch - size) / 2 + 0.88 * size;

    public XGraphics NewPage()
    {
        _gfx?.Dispose();
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        _gfx = XGraphics.FromPdfPage(page);
        Line = 0;
        DrawPageNumber(_gfx, document.PageCount);
        if (footer is not null)
            painter.DrawCentred(_gfx, footer, CaptionSize, MarginLeft + TextWidth / 2, TextBottom + 3 * PointsPerMm + CaptionSize);
        return _gfx;
    }

    /// <summary>Starts a new page unless <paramref name="lines"/> more lines fit on this one.</summary>
    public void KeepTogether(int lines)
    {
        if (_gfx is null || Line + lines > LinesPerPage) NewPage();
    }

    /// <summary>Moves down; the next page starts only when something is written past the last line.</summary>
    public void Advance(int lines = 1)
    {
        _ = Gfx;
        Line += lines;
    }

    public void WriteCentred(string text, double size)
    {
        KeepTogether(1);
        painter.DrawCentred(Gfx, text, size, MarginLeft + TextWidth / 2, Baseline(Line, size));
        Advance();
    }

    public void WriteRight(string text, double size, int rightIndentCharacters = 0)
    {
        KeepTogether(1);
        var right = MarginLeft + TextWidth - rightIndentCharacters * BodySize;
        painter.Draw(Gfx, text, size, right - painter.Measure(Gfx, text, size), Baseline(Line, size));
        Advance();
    }

    /// <summary>Wraps <paramref name="text"/> into the text block; the first line starts <paramref name="firstIndent"/> characters in, the rest <paramref name="hangingIndent"/>.</summary>
    public void WriteWrapped(string text, int firstIndent, int hangingIndent = 0, string? label = null)
    {
        KeepTogether(1);
        var labelWidth = label is null ? 0 : painter.Measure(Gfx, label, BodySize);
        var first = TextWidth - firstIndent * BodySize - labelWidth;
        var rest = TextWidth - hangingIndent * BodySize;
        var lines = ChineseLineBreaker.Break(text, first, rest, s => painter.Measure(Gfx, s, BodySize));
        for (var i = 0; i < lines.Count; i++)
        {
            KeepTogether(1);
            var x = MarginLeft + (i == 0 ? firstIndent : hangingIndent) * BodySize;
            if (i == 0 && label is not null) x += painter.Draw(Gfx, label, BodySize, x, Baseline(Line, BodySize));
            painter.Draw(Gfx, lines[i], BodySize, x, Baseline(Line, BodySize));
            Advance();
        }
    }

    private void DrawPageNumber(XGraphics gfx, int number)
    {
        var text = $"— {number} —";
        var width = painter.Measure(gfx, text, PageNumberSize);
        var x = number % 2 == 1 ? MarginLeft + TextWidth - BodySize - width : MarginLeft + BodySize;
        painter.Draw(gfx, text, PageNumberSize, x, PageNumberBaseline);
    }

    public void Dispose() => _gfx?.Dispose();
}
