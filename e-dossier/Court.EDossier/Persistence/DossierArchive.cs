namespace Court.EDossier.Persistence;

/// <summary>An archive package (电子档案) produced for a sealed dossier: its manifest and the court's signature over it.</summary>
internal sealed class DossierArchive
{
    public Guid Id { get; set; }
    public Guid DossierId { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedByName { get; set; }

    /// <summary>The manifest JSON as signed (UTF-8); it lists every item with SHA-256, size and provenance.</summary>
    public required byte[] Manifest { get; set; }

    public required string ManifestSha256 { get; set; }

    /// <summary>Detached CMS signature over <see cref="Manifest"/> with the court's certificate.</summary>
    public required byte[] Signature { get; set; }

    /// <summary>The merged PDF of both volumes in the blob store.</summary>
    public required string MergedSha256 { get; set; }
}
