using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Court.EDossier.Tests.Ingest.Support;

/// <summary>PDFs made in the test with PDFsharp: pages with a CJK text layer, pages that are only drawings (like scans), and tampering hooks.</summary>
internal static class SamplePdfs
{
    internal const string ContractText = "借款合同 第一条 借款金额为人民币伍万元整";
    private static readonly Lock FontLock = new();

    /// <summary>Writes a PDF whose pages are text (a CJK line) or drawing only, per <paramref name="pages"/>; <paramref name="tamper"/> edits it before saving.</summary>
    internal static string Write(string path, IEnumerable<bool> pages, Action<PdfDocument>? tamper = null)
    {
        EnsureFonts();
        using var document = new PdfDocument();
        document.Options.CompressContentStreams = false;
        foreach (var withText in pages)
        {
            var page = document.AddPage();
            using var graphics = XGraphics.FromPdfPage(page);
            graphics.DrawRectangle(XPens.Black, 50, 50, 300, 120);
            if (withText)
            {
                var font = new XFont(DroidFonts.Family, 16, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
                graphics.DrawString(ContractText, font, XBrushes.Black, new XPoint(60, 100));
            }
        }
        tamper?.Invoke(document);
        document.Save(path);
        return path;
    }

    internal static string WriteText(string path, int pages = 1, Action<PdfDocument>? tamper = null) =>
        Write(path, Enumerable.Repeat(true, pages), tamper);

    private static void EnsureFonts()
    {
        lock (FontLock)
        {
            PdfSharp.PdfSharpLicense.SetAgplLicense();
            if (GlobalFontSettings.FontResolver is null) GlobalFontSettings.FontResolver = new DroidFonts();
        }
    }

    /// <summary>Droid Sans Fallback (a .ttf with CJK glyphs) for every family and style.</summary>
    private sealed class DroidFonts : IFontResolver
    {
        internal const string Family = "Droid Sans Fallback";
        private static readonly Lazy<byte[]> Bytes = new(() => File.ReadAllBytes("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));

        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new("droid");

        public byte[] GetFont(string faceName) => Bytes.Value;
    }
}
