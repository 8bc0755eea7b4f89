using Court.EDossier.Persistence;
using Court.GovDataBridge.Persistence;
using Court.Host.Persistence;
using Court.Host.Tests.Infrastructure;
using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Tests.Persistence;

/// <summary>
/// An empty database of this run's provider (<see cref="TestDatabases.Current"/>) for tests that drive CourtDb
/// directly: a temp SQLite file, or a throwaway <see cref="PostgresDatabase"/>. Removed at dispose.
/// </summary>
internal sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;
    private readonly PostgresDatabase? _postgres;

    private ScratchDatabase(ResolvedDatabase database, string? sqliteFile, PostgresDatabase? postgres)
    {
        Database = database;
        _sqliteFile = sqliteFile;
        _postgres = postgres;
    }

    public ResolvedDatabase Database { get; }

    public static async Task<ScratchDatabase> CreateAsync()
    {
        if (TestDatabases.Current() == DatabaseProvider.Postgres)
        {
            var postgres = await PostgresDatabase.CreateAsync();
            return new ScratchDatabase(new ResolvedDatabase(DatabaseProvider.Postgres, postgres.ConnectionString), null, postgres);
        }

        var file = Path.Combine(Path.GetTempPath(), $"court-test-{Guid.NewGuid():N}.db");
        return new ScratchDatabase(new ResolvedDatabase(DatabaseProvider.Sqlite, $"Data Source={file};Default Timeout=30;Foreign Keys=True;Pooling=False"), file, null);
    }

    public CourtDb NewCourtDb()
    {
        var options = new DbContextOptionsBuilder<CourtDb>();
        ModuleDatabase.Configure(options, Database, CourtDb.Module);
        return new CourtDb(options.Options);
    }

    public BridgeDb NewBridgeDb()
    {
        var options = new DbContextOptionsBuilder<BridgeDb>();
        ModuleDatabase.Configure(options, Database, BridgeDb.Module);
        return new BridgeDb(options.Options);
    }

    public DossierDb NewDossierDb()
    {
        var options = new DbContextOptionsBuilder<DossierDb>();
        ModuleDatabase.Configure(options, Database, DossierDb.Module);
        return new DossierDb(options.Options);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null) await _postgres.DisposeAsync();
        if (_sqliteFile is null) return;
        foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}
