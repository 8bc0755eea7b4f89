using Court.EDossier.Blobs;
using Court.EDossier.Rendering;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Court.EDossier.Pdf;

/// <summary>What a reader receives of one document: the stored original, or — for parties and counsel — a watermarked copy.</summary>
internal sealed class ReadingCopies(IBlobStore blobs, CourtFonts fonts)
{
    public async Task<byte[]> WatermarkedAsync(string sha256, Watermark watermark, CancellationToken ct)
    {
        using var source = await OpenAsync(blobs, sha256, ct);
        var copy = new PdfDocument();
        copy.Options.CompressContentStreams = false; // PDFsharp 6.5 writes flawed Flate streams for fonts drawn on imported pages (qpdf warns, poppler loses the text)
        var painter = new TextPainter(fonts);
        foreach (var page in source.Pages)
        {
            var added = copy.AddPage(page);
            added.Elements.Remove("/Annots");
            watermark.DrawOn(added, painter);
        }
        using var output = new MemoryStream();
        copy.Save(output);
        return output.ToArray();
    }

    /// <summary>Opens a stored PDF for importing its pages.</summary>
    internal static async Task<PdfDocument> OpenAsync(IBlobStore blobs, string sha256, CancellationToken ct)
    {
        await using var stream = blobs.OpenRead(sha256);
        var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        return PdfReader.Open(buffer, PdfDocumentOpenMode.Import);
    }
}
