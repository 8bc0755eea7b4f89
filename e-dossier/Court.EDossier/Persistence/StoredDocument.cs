namespace Court.EDossier.Persistence;

/// <summary>
/// One immutable document: a PDF in the blob store, named by its SHA-256. The same document may sit in several dossiers
/// (a transfer to an appeal or enforcement case places it again, by reference).
/// </summary>
internal sealed class StoredDocument
{
    public Guid Id { get; set; }
    public required string Sha256 { get; set; }
    public long SizeBytes { get; set; }
    public int PageCount { get; set; }

    /// <summary>pdf, jpeg, png, tiff (uploads), court (issued by the court) or party-form (a party's document the platform laid out).</summary>
    public required string SourceKind { get; set; }

    public required string FileName { get; set; }

    /// <summary>The upload as received when it was converted (an image), else null.</summary>
    public string? OriginalSha256 { get; set; }

    /// <summary>Court-issued public documents: the element fingerprint printed in the QR code.</summary>
    public string? Fingerprint { get; set; }

    /// <summary>Every rendered document, the court's or a party's form: its kind, e.g. <c>acceptance-notice</c>.</summary>
    public string? CourtDocumentKind { get; set; }

    /// <summary>Court-issued documents: the court, the case number and the date the document bears, for <c>/verify</c>.</summary>
    public string? IssuedBy { get; set; }

    public string? IssuedInCase { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<DocumentPage> Pages { get; set; } = [];
}

internal static class SourceKinds
{
    public const string Court = "court";

    public const string PartyForm = "party-form";
}

/// <summary>The text of one page, from the PDF's text layer or from OCR; what search indexes.</summary>
internal sealed class DocumentPage
{
    public Guid DocumentId { get; set; }
    public int PageNumber { get; set; }
    public PageTextSource Source { get; set; }
    public string? Text { get; set; }
}

internal enum PageTextSource
{
    TextLayer,
    OcrPending,
    Ocr,
    /// <summary>OCR ran and found nothing legible.</summary>
    None,
}
