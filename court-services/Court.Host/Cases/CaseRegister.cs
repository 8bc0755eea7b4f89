using Court.Host.Persistence;
using Court.Kernel;
using Court.Kernel.Access;
using Court.Kernel.Cases;
using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Court.Host.Cases;

internal sealed record NewCase(
    string CourtCode, string TypeCode, string Title, IReadOnlyList<(Guid UserId, CaseRole Role)> Participants, Guid? Id = null,
    CaseOrigin? ArisesFrom = null);

/// <summary>
/// Registers cases and hands out their numbers. Numbers are gap-free per court, case type and year:
/// the sequence row is incremented inside the same transaction that inserts the case, so a failed
/// registration returns its number, and concurrent registrations queue on the row lock.
/// </summary>
internal sealed class CaseRegister(CourtDb db, TimeProvider clock)
{
    // On a server database, one registration at a time in this process; across processes the sequence row's lock still
    // orders them. Without it, 200 acceptances at once on PostgreSQL queued ~100 transactions on that row lock, each holding a
    // pooled connection, while the holder's remaining round trips waited behind the other requests' work: 47 of 200 hit the
    // 30 s command timeout (500). Waiting here holds no connection and no lock, and has no timeout. SQLite already serialises
    // writers at its file lock, and there this gate made 200 acceptances at once 1.7 times slower (docs/performance.md,
    // "Online filing").
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public async Task<CaseRecord> RegisterAsync(NewCase request, CancellationToken ct)
    {
        if (db.Database.IsSqlite()) return await RegisterNowAsync(request, ct);
        await OneAtATime.WaitAsync(ct);
        try
        {
            return await RegisterNowAsync(request, ct);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private async Task<CaseRecord> RegisterNowAsync(NewCase request, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var year = ShanghaiTime.From(now).Year;
            var sequence = await NextSequenceAsync(request.CourtCode, request.TypeCode, year, tx, ct);
            var number = new CaseNumber(year, request.CourtCode, request.TypeCode, sequence);
            var record = new CaseRecord
            {
                Id = request.Id ?? Guid.CreateVersion7(),
                Number = number.ToString(),
                CourtCode = request.CourtCode,
                TypeCode = request.TypeCode,
                Year = year,
                Sequence = sequence,
                Title = request.Title,
                Status = CaseStatus.Filed,
                FiledAt = now,
                QueryCode = Litigation.Progress.QueryCode.New(),
                ArisesFromCaseId = request.ArisesFrom?.CaseId,
                ArisesAs = request.ArisesFrom?.Kind,
                Participants = request.Participants
                    .Select(p => new CaseParticipant { Id = Guid.CreateVersion7(), UserId = p.UserId, Role = p.Role, Since = now })
                    .ToList(),
            };
            db.Cases.Add(record);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return record;
        });
    }

    private async Task<int> NextSequenceAsync(string court, string type, int year, IDbContextTransaction tx, CancellationToken ct)
    {
        var table = ModuleDatabase.QualifiedTable(db.Database.ProviderName, CourtDb.Module, "CaseNumberSequences");
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = tx.GetDbTransaction();
        command.CommandText = $"""
            INSERT INTO {table} ("CourtCode", "TypeCode", "Year", "LastSequence") VALUES (@court, @type, @year, 1)
            ON CONFLICT ("CourtCode", "TypeCode", "Year") DO UPDATE SET "LastSequence" = "CaseNumberSequences"."LastSequence" + 1
            RETURNING "LastSequence"
            """;
        command.AddParameter("@court", court);
        command.AddParameter("@type", type);
        command.AddParameter("@year", year);
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
