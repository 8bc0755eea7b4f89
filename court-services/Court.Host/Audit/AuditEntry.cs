namespace Court.Host.Audit;

/// <summary>One row of the append-only audit log. Never updated or deleted (PostgreSQL refuses it by trigger).</summary>
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
}
