using Court.GovData.Bridge.V1;
using Court.GovDataBridge.Persistence;
using Court.Kernel.Audit;
using Microsoft.Extensions.DependencyInjection;
using Court.Kernel.GovData;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Snapshot = Court.GovDataBridge.Persistence.Snapshot;

namespace Court.GovDataBridge.Bridge;

/// <summary>Stores each reply handed to the court as a dated, hashed snapshot of exactly the bytes it was.</summary>
internal sealed class SnapshotWriter(IServiceScopeFactory scopes, TimeProvider clock)
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

    public async Task SaveAsync(IReadOnlyCollection<Snapshot> snapshots)
    {
        if (snapshots.Count == 0) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BridgeDb>();
        db.Snapshots.AddRange(snapshots);
        // Stored even when the caller has gone: the platform was asked, so the record must exist.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    public static Court.GovData.Bridge.V1.Snapshot Describe(Snapshot stored) => new()
    {
        SnapshotId = stored.Id.ToString(),
        RetrievedAt = Timestamp.FromDateTime(stored.RetrievedAt),
        Sha256 = stored.Sha256,
        FromCache = stored.FromCache,
    };
}
