using Court.Kernel.Dossier;

namespace Court.EDossier.Persistence;

/// <summary>A document's place in one dossier, with its provenance: who added it, from which step, when.</summary>
internal sealed class DossierItem
{
    public Guid Id { get; set; }
    public Guid DossierId { get; set; }
    public Guid DocumentId { get; set; }
    public StoredDocument Document { get; set; } = null!;
    public DossierCategory Category { get; set; }

    /// <summary>Follows from <see cref="Category"/>; stored so that search can filter on it inside the query.</summary>
    public DossierVolume Volume { get; set; }

    public required string Title { get; set; }

    /// <summary>Order of addition within the dossier; the catalogue sorts by category, then this.</summary>
    public long Sequence { get; set; }

    public DateTime AddedAt { get; set; }
    public Guid? AddedByUserId { get; set; }
    public required string AddedByName { get; set; }
    public required string SourceStep { get; set; }

    /// <summary>Set when the item came by transfer (移送) from another case's dossier.</summary>
    public Guid? TransferredFromItemId { get; set; }

    public string? TransferredFromCaseNumber { get; set; }
}
