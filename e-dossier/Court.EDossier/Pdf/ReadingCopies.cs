using Court.EDossier.Blobs;
using Court.EDossier.Ingest;
using Court.EDossier.Rendering;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Court.EDossier.Pdf;

/// <summary>What a reader receives of one document: the stored original, or — for parties and counsel — a watermarked copy.</summary>
internal sealed class ReadingCopies(IBlobStore blobs, CourtFonts fonts, StoredPdfGate gate)
{
    /// <summary>The watermarked copy, or why the stored document cannot be opened.</summary>
    public async Task<(byte[]? Copy, IngestRefusal? Unreadable)> WatermarkedAsync(string sha256, Watermark watermark, CancellationToken ct)
    {
        var (source, unreadable) = await OpenAsync(sha256, ct);
        if (source is null) return (null, unreadable);
        using (source)
        {
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
            return (output.ToArray(), null);
        }
    }

    /// <summary>Opens a stored PDF for importing its pages once it has passed <see cref="StoredPdfGate"/>; otherwise why not.</summary>
    internal async Task<(PdfDocument? Document, IngestRefusal? Unreadable)> OpenAsync(string sha256, CancellationToken ct)
    {
        if (await gate.RefusalAsync(sha256, ct) is { } refusal) return (null, refusal);
        await using var stream = blobs.OpenRead(sha256);
        var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        PdfSharpSetup.EnsureLicensed();
        try
        {
            return (PdfReader.Open(buffer, PdfDocumentOpenMode.Import), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            return (null, IngestRefusals.PdfCorrupt()); // passed the checks yet PDFsharp cannot read it: reported, never fatal
        }
    }
}
