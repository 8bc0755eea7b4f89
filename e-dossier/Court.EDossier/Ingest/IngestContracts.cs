namespace Court.EDossier.Ingest;

/// <summary>What one upload may be. The caller also stops streaming past <see cref="MaxFileBytes"/>.</summary>
internal sealed record IngestLimits(
    long MaxFileBytes = 50L * 1024 * 1024,
    int MaxPages = 2000,
    long MaxImagePixels = 40_000_000,
    int MaxImageSide = 12_000,
    long MaxDecodedBytes = 256L * 1024 * 1024,
    long MaxDecodedStreamBytes = 32L * 1024 * 1024);

/// <summary>A refused upload: <see cref="Code"/> is a stable URL slug, <see cref="Detail"/> tells the litigant what is wrong and what to do.</summary>
internal sealed record IngestRefusal(string Code, string Detail);

/// <summary>
/// The PDF to store for an accepted upload. <see cref="PageTexts"/>[i] is page i's text layer (whitespace-normalised),
/// or null when the page has none (a scan): the caller queues those pages for OCR.
/// </summary>
internal sealed record IngestedPdf(string PdfPath, int PageCount, IReadOnlyList<string?> PageTexts, string SourceKind);
