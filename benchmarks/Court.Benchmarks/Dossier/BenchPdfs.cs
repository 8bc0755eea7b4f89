using Court.Benchmarks.Search;
using Court.EDossier.Rendering;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Court.Benchmarks.Dossier;

/// <summary>Text-dense A4 pages of pseudo-legal Chinese (22 lines of about 26 characters, as a court document's grid holds).</summary>
internal static class BenchPdfs
{
    public static byte[] Document(CourtFonts fonts, LegalText text, int pages)
    {
        var painter = new TextPainter(fonts);
        using var document = new PdfDocument();
        document.Options.CompressContentStreams = false;
        for (var p = 0; p < pages; p++)
        {
            var page = document.AddPage();
            using var gfx = XGraphics.FromPdfPage(page);
            var body = text.Page(560);
            for (var line = 0; line < 22; line++)
            {
                var start = Math.Min(body.Length, line * 26);
                painter.Draw(gfx, body.Substring(start, Math.Min(26, body.Length - start)), 15.8, 80, 110 + line * 29);
            }
        }
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }
}
