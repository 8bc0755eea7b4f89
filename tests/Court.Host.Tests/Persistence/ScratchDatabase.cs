using Court.Host.Persistence;
using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Court.Host.Tests.Persistence;

/// <summary>
/// An empty database of the provider this test run is for (COURT_TEST_PROVIDER): a temp SQLite file, or a fresh
/// PostgreSQL database on the server named by COURT_TEST_POSTGRES. Removed at dispose.
/// </summary>
internal sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;
    private readonly string? _postgresName;
    private readonly string? _postgresServer;

    private ScratchDatabase(ResolvedDatabase database, string? sqliteFile, string? postgresServer, string? postgresName)
    {
        Database = database;
        _sqliteFile = sqliteFile;
        _postgresServer = postgresServer;
        _postgresName = postgresName;
    }

    public ResolvedDatabase Database { get; }

    public static async Task<ScratchDatabase> CreateAsync()
    {
        if (Environment.GetEnvironmentVariable("COURT_TEST_PROVIDER") != "Postgres")
        {
            var file = Path.Combine(Path.GetTempPath(), $"court-test-{Guid.NewGuid():N}.db");
            return new ScratchDatabase(new ResolvedDatabase(DatabaseProvider.Sqlite, $"Data Source={file};Default Timeout=30;Foreign Keys=True;Pooling=False"), file, null, null);
        }

        var server = Environment.GetEnvironmentVariable("COURT_TEST_POSTGRES")
            ?? throw new InvalidOperationException("COURT_TEST_PROVIDER=Postgres needs COURT_TEST_POSTGRES (a server connection string).");
        var name = $"court_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new ScratchDatabase(new ResolvedDatabase(DatabaseProvider.Postgres, builder.ToString()), null, server, name);
    }

    public bool IsPostgres => Database.Provider == DatabaseProvider.Postgres;

    public CourtDb NewCourtDb()
    {
        var options = new DbContextOptionsBuilder<CourtDb>();
        ModuleDatabase.Configure(options, Database, CourtDb.Module);
        return new CourtDb(options.Options);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
                if (File.Exists(file)) File.Delete(file);
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_postgresServer);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
