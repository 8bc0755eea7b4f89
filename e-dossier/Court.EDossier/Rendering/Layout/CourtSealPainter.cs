using PdfSharp.Drawing;

namespace Court.EDossier.Rendering;

/// <summary>The court's round seal: a red ring, the court's name along the upper arc, a five-pointed star in the middle.</summary>
internal static class CourtSealPainter
{
    private static readonly XColor SealRed = XColor.FromArgb(230, 0, 18);

    public static void Draw(XGraphics gfx, TextPainter painter, string courtName, XPoint centre, double diameter)
    {
        var radius = diameter / 2;
        var brush = new XSolidBrush(SealRed);
        var ring = radius * 0.045;
        gfx.DrawEllipse(new XPen(SealRed, ring), centre.X - radius + ring / 2, centre.Y - radius + ring / 2, diameter - ring, diameter - ring);
        DrawStar(gfx, brush, centre, radius * 0.3);
        DrawArcText(gfx, painter, brush, courtName, centre, radius - ring * 2);
    }

    private static void DrawArcText(XGraphics gfx, TextPainter painter, XBrush brush, string text, XPoint centre, double outerRadius)
    {
        var characters = text.EnumerateRunes().Select(r => r.ToString()).ToArray();
        if (characters.Length == 0) return;
        var size = outerRadius * 0.3;
        // Spread the name over up to 240° of the upper arc; short names keep a natural spacing.
        var step = Math.Min(240.0 / Math.Max(characters.Length - 1, 1), 26.0);
        var first = -step * (characters.Length - 1) / 2;
        for (var i = 0; i < characters.Length; i++)
        {
            var state = gfx.Save();
            gfx.RotateAtTransform(first + i * step, centre);
            var top = centre.Y - outerRadius + size * 0.08;
            painter.DrawCentred(gfx, characters[i], size, centre.X, top + size * 0.88, brush);
            gfx.Restore(state);
        }
    }

    private static void DrawStar(XGraphics gfx, XBrush brush, XPoint centre, double outer)
    {
        var inner = outer * 0.382;
        var points = new XPoint[10];
        for (var i = 0; i < 10; i++)
        {
            var r = i % 2 == 0 ? outer : inner;
            var angle = (-90 + i * 36) * Math.PI / 180;
            points[i] = new XPoint(centre.X + r * Math.Cos(angle), centre.Y + r * Math.Sin(angle));
        }
        gfx.DrawPolygon(brush, points, XFillMode.Winding);
    }
}
