using PdfSharp.Drawing;
using static Court.EDossier.Rendering.PageGeometry;

namespace Court.EDossier.Rendering;

/// <summary>A ruled table, one grid line per row; a row never splits across pages, the header repeats on each page.</summary>
internal static class TableWriter
{
    private static readonly XPen Rule = new(XColors.Black, 0.6);

    public static void Write(PageFlow flow, Table table)
    {
        var scale = TextWidth / table.ColumnWidths.Sum();
        var widths = table.ColumnWidths.Select(w => w * scale).ToArray();
        flow.KeepTogether(2);
        WriteRow(flow, table.Header, widths, firstOnPage: true);
        foreach (var row in table.Rows)
        {
            var firstOnPage = flow.Line >= LinesPerPage;
            if (firstOnPage)
            {
                flow.NewPage();
                WriteRow(flow, table.Header, widths, firstOnPage: true);
            }
            WriteRow(flow, row, widths, firstOnPage: false);
        }
    }

    private static void WriteRow(PageFlow flow, IReadOnlyList<string> cells, double[] widths, bool firstOnPage)
    {
        var gfx = flow.Gfx;
        var size = BodySize * 0.875; // a little smaller than body text so cells keep a margin
        var top = PageFlow.LineTop(flow.Line);
        var bottom = top + LinePitch;
        if (firstOnPage) gfx.DrawLine(Rule, MarginLeft, top, MarginLeft + TextWidth, top);
        var x = MarginLeft;
        for (var c = 0; c < widths.Length; c++)
        {
            gfx.DrawLine(Rule, x, top, x, bottom);
            if (c < cells.Count) flow.Painter.Draw(gfx, cells[c], size, x + size * 0.5, PageFlow.Baseline(flow.Line, size));
            x += widths[c];
        }
        gfx.DrawLine(Rule, x, top, x, bottom);
        gfx.DrawLine(Rule, MarginLeft, bottom, MarginLeft + TextWidth, bottom);
        flow.Advance();
    }
}
