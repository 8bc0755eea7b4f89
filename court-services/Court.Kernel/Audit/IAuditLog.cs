using System.Data.Common;
namespace Court.Kernel.Audit;

/// <summary>
/// One audited act. <paramref name="Purpose"/> is mandatory for government data queries;
/// <paramref name="ResultHash"/> is a SHA-256 of what was returned, so a later dispute can prove what was seen.
/// For government data, <paramref name="Target"/> is the data subject's identifier, so the subject can see who looked.
/// </summary>
public sealed record AuditRecord(
    string Action,
    Guid? CaseId = null,
    string? CaseNumber = null,
    string? Purpose = null,
    string? Target = null,
    string? ResultHash = null,
    string Outcome = "Succeeded");

/// <summary>Who acted, when it is not the current HTTP caller (a gRPC call, a job).</summary>
public sealed record AuditActor(Guid? UserId, string? UserName, string? Role, string? RemoteAddress = null);

/// <summary>The append-only audit log. There is no way to change or remove an entry.</summary>
public interface IAuditLog
{
    /// <summary>Writes the record for the current caller (user and role are taken from the request).</summary>
    Task WriteAsync(AuditRecord record, CancellationToken ct = default);

    /// <summary>Writes the record for an explicitly named actor.</summary>
    Task WriteAsync(AuditRecord record, AuditActor actor, CancellationToken ct = default);

    /// <summary>Writes several records for one actor in one unit of work (e.g. one per respondent of a batch query).</summary>
    Task WriteAllAsync(IReadOnlyCollection<AuditRecord> records, AuditActor actor, CancellationToken ct = default);

    /// <summary>
    /// Writes the records and, in the same database transaction, what <paramref name="alongside"/> writes on that
    /// connection and transaction (the rows the entries vouch for, e.g. the bridge's snapshot of a reply): both land or neither.
    /// </summary>
    Task WriteAllAsync(
        IReadOnlyCollection<AuditRecord> records, AuditActor actor, Func<DbConnection, DbTransaction, CancellationToken, Task> alongside,
        CancellationToken ct = default);
}
