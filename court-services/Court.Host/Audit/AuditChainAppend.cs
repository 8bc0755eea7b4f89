using System.Data.Common;
using Court.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Court.Host.Audit;

/// <summary>
/// Appends entries at the head of the one chain. Appends are serialised: one at a time in this process (waiting holds
/// no connection), and across processes by the database — PostgreSQL's transaction-scoped advisory lock, SQLite's write
/// lock taken at <c>BEGIN IMMEDIATE</c> — so reading the head and appending after it cannot interleave. The unique
/// index on <see cref="AuditEntry.PreviousHash"/> stands behind both: a second successor of one entry is refused.
/// </summary>
internal sealed class AuditChainAppend(CourtDb db)
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Takes the chain's advisory lock on PostgreSQL until the transaction ends; the key is "audit" in ASCII.</summary>
    private const string PostgresLock = "SELECT pg_advisory_xact_lock(418581342580)";

    public Task AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken ct) => AppendAsync(entries, null, ct);

    /// <param name="alongside">Another module's writes, made in the same transaction before the entries (see IAuditLog).</param>
    public async Task AppendAsync(IReadOnlyList<AuditEntry> entries, Func<DbConnection, DbTransaction, CancellationToken, Task>? alongside, CancellationToken ct)
    {
        if (entries.Count == 0 && alongside is null) return;
        await OneAtATime.WaitAsync(ct);
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync(PostgresLock, ct);
                if (alongside is not null) await alongside(db.Database.GetDbConnection(), tx.GetDbTransaction(), ct);
                var previous = await HeadAsync(ct);
                foreach (var entry in entries)
                {
                    entry.PreviousHash = previous;
                    entry.Hash = previous = AuditChain.HashOf(entry, previous);
                    db.AuditEntries.Add(entry);
                    await db.SaveChangesAsync(ct); // one by one, so ids follow the chain's order
                }
                await tx.CommitAsync(ct);
            });
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    /// <summary>The hash the next entry links to: the last chained entry's, or else the entries from before the chain, chained.</summary>
    private async Task<string?> HeadAsync(CancellationToken ct)
    {
        var head = await db.AuditEntries.AsNoTracking().Where(e => e.Hash != null).OrderByDescending(e => e.Id)
            .Select(e => e.Hash).FirstOrDefaultAsync(ct);
        if (head is not null) return head;
        string? previous = null;
        await foreach (var legacy in db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(ct))
            previous = AuditChain.HashOf(legacy, previous);
        return previous;
    }
}
