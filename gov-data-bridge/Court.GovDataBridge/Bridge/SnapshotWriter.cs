using System.Data.Common;
using Court.GovData.Bridge.V1;
using Court.GovDataBridge.Persistence;
using Court.Kernel.Audit;
using Microsoft.Extensions.DependencyInjection;
using Court.Kernel.GovData;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Snapshot = Court.GovDataBridge.Persistence.Snapshot;

namespace Court.GovDataBridge.Bridge;

/// <summary>Stores each reply handed to the court as a dated, hashed snapshot of exactly the bytes it was.</summary>
internal sealed class SnapshotWriter(IServiceScopeFactory scopes, IAuditLog audit, TimeProvider clock)
{
    public Snapshot Build(GovDataGrant grant, string kind, SubjectKey subject, IMessage reply, bool fromCache, string requestId)
    {
        var content = reply.ToByteArray();
        var now = clock.GetUtcNow();
        return new Snapshot
        {
            Id = Guid.CreateVersion7(now),
            CaseId = grant.CaseId,
            CaseNumber = grant.CaseNumber,
            FilingReference = grant.FilingReference,
            Purpose = grant.Purpose.ToString(),
            Kind = kind,
            Subject = subject.Identifier,
            ActingUserId = grant.UserId,
            ActingUserName = grant.UserName,
            RequestId = requestId.Length > 100 ? requestId[..100] : requestId,
            RetrievedAt = now.UtcDateTime,
            Content = content,
            Sha256 = ResultHash.OfBytes(content),
            FromCache = fromCache,
        };
    }

    /// <summary>
    /// Stores the snapshots and writes the audit entries that name them in one transaction: the court never holds a reply
    /// that is not both snapshotted and audited, and one commit costs less than two (docs/adr/0022).
    /// </summary>
    public Task SaveAuditedAsync(IReadOnlyCollection<Snapshot> snapshots, IReadOnlyCollection<AuditRecord> records, AuditActor actor) =>
        snapshots.Count == 0
            ? audit.WriteAllAsync(records, actor, CancellationToken.None)
            // Stored even when the caller has gone: the platform was asked, so the record must exist.
            : audit.WriteAllAsync(records, actor, (connection, transaction, ct) => InsertAsync(snapshots, connection, transaction, ct), CancellationToken.None);

    private async Task InsertAsync(IReadOnlyCollection<Snapshot> snapshots, DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BridgeDb>();
        db.Database.SetDbConnection(connection, contextOwnsConnection: false);
        await db.Database.UseTransactionAsync(transaction, ct);
        db.Snapshots.AddRange(snapshots);
        await db.SaveChangesAsync(ct);
    }

    public static Court.GovData.Bridge.V1.Snapshot Describe(Snapshot stored) => new()
    {
        SnapshotId = stored.Id.ToString(),
        RetrievedAt = Timestamp.FromDateTime(stored.RetrievedAt),
        Sha256 = stored.Sha256,
        FromCache = stored.FromCache,
    };
}
