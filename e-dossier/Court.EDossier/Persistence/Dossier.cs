namespace Court.EDossier.Persistence;

/// <summary>A case file: one per case, or per online filing until it is accepted and becomes the case's.</summary>
internal sealed class Dossier
{
    public Guid Id { get; set; }
    public Guid? CaseId { get; set; }
    public Guid? FilingDraftId { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Set when the case closed: nothing may be added any more (归档).</summary>
    public DateTime? SealedAt { get; set; }

    public List<DossierItem> Items { get; set; } = [];

    public bool IsSealed => SealedAt is not null;
}
