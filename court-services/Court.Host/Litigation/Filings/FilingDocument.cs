namespace Court.Host.Litigation.Filings;

/// <summary>
/// A document issued for a filing (its generated complaint, fee notice, correction notice, ruling …), once per kind and round:
/// the round is the submission it belongs to, so a retried step finds what it already issued instead of issuing it twice.
/// </summary>
internal sealed class FilingDocument
{
    public Guid Id { get; set; }
    public Guid FilingId { get; set; }

    /// <summary>The court document's kind, e.g. <c>element-complaint</c>.</summary>
    public required string Kind { get; set; }

    public int Round { get; set; }

    /// <summary>The e-dossier document; <see cref="Guid.Empty"/> while a request holds the claim to issue it.</summary>
    public Guid DocumentId { get; set; }
    public required string Title { get; set; }
    /// <summary>When it was issued, or when the claim to issue it was taken.</summary>
    public DateTime IssuedAt { get; set; }
}
