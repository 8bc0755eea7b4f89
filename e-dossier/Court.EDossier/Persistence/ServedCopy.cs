namespace Court.EDossier.Persistence;

/// <summary>
/// A copy the court handed out — a party's or counsel's watermarked reading copy of one document or of the merged dossier:
/// the SHA-256 of the exact bytes served, to whom and when, and what it is a copy of, so that <c>/verify</c> can say
/// "本院于…向…送达的副本" of it (ADR 0017). The bytes themselves are not kept: the original is, and the copy names its reader.
/// </summary>
internal sealed class ServedCopy
{
    public Guid Id { get; set; }

    public required string Sha256 { get; set; }

    public ServedCopyKind Kind { get; set; }

    /// <summary>The document copied; null for a merged dossier.</summary>
    public Guid? OriginalDocumentId { get; set; }

    public Guid? RecipientUserId { get; set; }

    /// <summary>The name the watermark bears.</summary>
    public required string RecipientName { get; set; }

    public DateTime ServedAt { get; set; }

    /// <summary>The title in the catalogue (or 电子卷宗), the case number (or the filing's reference) and the court, as of the copy.</summary>
    public required string Title { get; set; }

    public string? CaseNumber { get; set; }

    public string? CourtName { get; set; }
}

internal enum ServedCopyKind
{
    Document,
    MergedDossier,
}
