using Court.Host.Persistence;
using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Jobs;

internal sealed record ClaimedJob(Guid Id, string Kind, string PayloadJson, int Attempts, int MaxAttempts);

/// <summary>
/// Claims the next due job in one statement (docs/adr/0003): a queued job whose time has come, or a running job whose
/// lease expired because the process running it died. PostgreSQL skips rows another node is claiming at the same moment;
/// SQLite serialises writers, so the plain UPDATE … RETURNING is already atomic.
/// </summary>
internal static class JobClaim
{
    public static async Task<ClaimedJob?> ClaimNextAsync(CourtDb db, string owner, DateTime now, TimeSpan lease, CancellationToken ct)
    {
        var table = ModuleDatabase.QualifiedTable(db.Database.ProviderName, CourtDb.Module, "Jobs");
        var skipLocked = db.Database.IsNpgsql() ? " FOR UPDATE SKIP LOCKED" : "";

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                UPDATE {table}
                SET "Status" = 'Running', "Attempts" = "Attempts" + 1, "LeaseOwner" = @owner, "LeaseUntil" = @leaseUntil, "StartedAt" = @now
                WHERE "Id" = (
                    SELECT "Id" FROM {table}
                    WHERE ("Status" = 'Queued' AND "RunAfter" <= @now) OR ("Status" = 'Running' AND "LeaseUntil" < @now)
                    ORDER BY "RunAfter", "CreatedAt"
                    LIMIT 1{skipLocked})
                RETURNING "Id", "Kind", "PayloadJson", "Attempts", "MaxAttempts"
                """;
            command.AddParameter("@owner", owner);
            command.AddParameter("@now", now);
            command.AddParameter("@leaseUntil", now + lease);

            await using var reader = await command.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct)) return null;
            return new ClaimedJob(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
