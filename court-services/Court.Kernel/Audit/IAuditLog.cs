namespace Court.Kernel.Audit;

/// <summary>
/// One audited act. <paramref name="Purpose"/> is mandatory for government data queries;
/// <paramref name="ResultHash"/> is a SHA-256 of what was returned, so a later dispute can prove what was seen.
/// </summary>
public sealed record AuditRecord(
    string Action,
    Guid? CaseId = null,
    string? CaseNumber = null,
    string? Purpose = null,
    string? Target = null,
    string? ResultHash = null,
    string Outcome = "Succeeded");

/// <summary>The append-only audit log. There is no way to change or remove an entry.</summary>
public interface IAuditLog
{
    /// <summary>Writes the record for the current caller (user and role are taken from the request).</summary>
    Task WriteAsync(AuditRecord record, CancellationToken ct = default);
}
