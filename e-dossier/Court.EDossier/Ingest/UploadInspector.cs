namespace Court.EDossier.Ingest;

/// <summary>
/// Inspects one upload (already streamed to a temp file by the caller) and returns either why it is refused or the PDF to store:
/// the upload itself when it is a clean PDF, otherwise a new PDF of its image pages written into the work folder.
/// The type is judged by the first bytes, never by the name; the name and Content-Type must then agree with it.
/// </summary>
internal sealed class UploadInspector
{
    internal async Task<(IngestedPdf? Pdf, IngestRefusal? Refusal)> InspectAsync(
        string sourcePath, string declaredFileName, string? declaredContentType, string workFolder, IngestLimits limits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(limits);
        string? kind;
        long length;
        await using (var file = new FileStream(sourcePath, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous))
        {
            length = file.Length;
            if (length == 0) return (null, IngestRefusals.EmptyFile());
            if (length > limits.MaxFileBytes) return (null, IngestRefusals.FileTooLarge(length, limits.MaxFileBytes));
            var head = new byte[UploadKinds.MagicLength];
            var read = await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
            kind = UploadKinds.Sniff(head.AsSpan(0, read));
        }
        if (kind is null) return (null, IngestRefusals.UnsupportedType());
        if (Mismatch(kind, declaredFileName, declaredContentType) is { } refusal) return (null, refusal);

        ct.ThrowIfCancellationRequested();
        return kind == UploadKinds.Pdf
            ? await InspectPdfAsync(sourcePath, limits, ct)
            : ConvertImage(kind, sourcePath, workFolder, limits, ct);
    }

    private static IngestRefusal? Mismatch(string kind, string declaredFileName, string? declaredContentType)
    {
        var byName = UploadKinds.FromExtension(declaredFileName ?? "");
        if (byName is not null && byName != kind) return IngestRefusals.ContentMismatch(kind, Path.GetExtension(declaredFileName!.Trim()));
        var byType = UploadKinds.FromContentType(declaredContentType);
        if (byType is not null && byType != kind) return IngestRefusals.ContentMismatch(kind, declaredContentType!.Split(';', 2)[0].Trim());
        return null;
    }

    private static async Task<(IngestedPdf?, IngestRefusal?)> InspectPdfAsync(string path, IngestLimits limits, CancellationToken ct)
    {
        var (refusal, pageCount) = await PdfInspection.InspectAsync(path, limits, ct);
        if (refusal is not null) return (null, refusal);
        var texts = PdfTextLayer.Read(path, pageCount, ct);
        if (texts is null) return (null, IngestRefusals.PdfCorrupt());
        return (new IngestedPdf(path, pageCount, texts, UploadKinds.Pdf), null);
    }

    private static (IngestedPdf?, IngestRefusal?) ConvertImage(string kind, string path, string workFolder, IngestLimits limits, CancellationToken ct)
    {
        ImageProbe probe;
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024))
        {
            probe = ImageProbe.Read(kind, file, limits.MaxPages);
        }
        // Size first: a decompression bomb is refused as such even when the rest of it is also malformed.
        if (probe.FirstOversized(limits) is { } big) return (null, IngestRefusals.ImageTooLarge(big.Width, big.Height, limits));
        if (probe.Frames.Count > limits.MaxPages) return (null, IngestRefusals.TooManyPages(probe.Frames.Count, limits.MaxPages));
        if (!probe.Intact || probe.Frames.Count == 0) return (null, IngestRefusals.ImageCorrupt(kind));

        // What is decoded in full must stay small (finding 6 of issue 11: a 6000×6000 PNG cost 470 MB); a PNG PDF can take as it is is not decoded.
        var png = kind == UploadKinds.Png ? PngPassThrough.Read(path) : null;
        var decodedLimit = kind == UploadKinds.Tiff ? DecodedPixelLimits.Tiff : kind == UploadKinds.Png && png is null ? DecodedPixelLimits.Png : long.MaxValue;
        if (probe.Frames.FirstOrDefault(f => f.Width * f.Height > decodedLimit) is { } heavy)
            return (null, IngestRefusals.ImageTooLargeToDecode(kind, heavy.Width, heavy.Height, decodedLimit));

        ct.ThrowIfCancellationRequested();
        Directory.CreateDirectory(workFolder);
        var output = Path.Combine(workFolder, $"{Guid.NewGuid():N}.pdf");
        var written = false;
        try
        {
            if (png is not null) ImagePdfWriter.WritePngAsIs(png, probe.Frames[0], output);
            written = png is not null || (kind == UploadKinds.Tiff
                ? ImagePdfWriter.TryWriteTiff(path, probe.Frames, output, ct)
                : ImagePdfWriter.TryWriteSingleImage(path, probe.Frames[0], output));
        }
        finally
        {
            if (!written) File.Delete(output);
        }
        if (!written) return (null, IngestRefusals.ImageCorrupt(kind));
        return (new IngestedPdf(output, probe.Frames.Count, new string?[probe.Frames.Count], kind), null);
    }
}

/// <summary>
/// Pixels an image may have when it must be decoded in full in the host: PDFsharp holds about 13 bytes a pixel for a PNG
/// with alpha or interlacing, LibTiff.NET 4 bytes a pixel for a TIFF page; both keep one upload under 50 MB (ADR 0012).
/// </summary>
internal static class DecodedPixelLimits
{
    internal const long Png = 3_000_000;
    internal const long Tiff = 12_000_000;
}
