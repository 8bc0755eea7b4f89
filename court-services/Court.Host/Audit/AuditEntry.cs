namespace Court.Host.Audit;

/// <summary>
/// One row of the append-only audit log. Never updated or deleted (the database refuses it by trigger), and chained by
/// hash (<see cref="AuditChain"/>) so that a change made by someone who drops the triggers is still found.
/// </summary>
internal sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public Guid? UserId { get; set; }
    public string? UserName { get; set; }
    public string? Role { get; set; }
    public required string Action { get; set; }
    public Guid? CaseId { get; set; }
    public string? CaseNumber { get; set; }
    public string? Purpose { get; set; }
    public string? Target { get; set; }
    public string? ResultHash { get; set; }
    public required string Outcome { get; set; }
    public string? RemoteAddress { get; set; }

    /// <summary>The hash of the entry before this one; null for the first entry of a log that began chained.</summary>
    public string? PreviousHash { get; set; }

    /// <summary>SHA-256 over this entry's content and <see cref="PreviousHash"/>; null only for entries older than the chain.</summary>
    public string? Hash { get; set; }
}
