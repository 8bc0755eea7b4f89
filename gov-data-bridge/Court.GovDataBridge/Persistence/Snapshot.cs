namespace Court.GovDataBridge.Persistence;

/// <summary>
/// What one query returned for a case, as the bridge handed it over (already shaped by purpose): dated, hashed and never
/// changed, so the dossier can show later what the court knew and when.
/// </summary>
internal sealed class Snapshot
{
    public Guid Id { get; set; }
    public Guid? CaseId { get; set; }
    public string CaseNumber { get; set; } = "";
    public string FilingReference { get; set; } = "";
    public required string Purpose { get; set; }

    /// <summary>subject, assets or social-security.</summary>
    public required string Kind { get; set; }

    /// <summary>The identifier queried (ID number or credit code).</summary>
    public required string Subject { get; set; }

    public Guid ActingUserId { get; set; }
    public required string ActingUserName { get; set; }
    public string RequestId { get; set; } = "";
    public DateTime RetrievedAt { get; set; }

    /// <summary>The reply as protobuf bytes; <see cref="Sha256"/> is over exactly these.</summary>
    public required byte[] Content { get; set; }

    public required string Sha256 { get; set; }
    public bool FromCache { get; set; }
}
