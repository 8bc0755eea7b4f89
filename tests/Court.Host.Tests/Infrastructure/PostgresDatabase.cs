using Npgsql;

namespace Court.Host.Tests.Infrastructure;

/// <summary>
/// A throwaway database on the test PostgreSQL server (<see cref="TestDatabases.PostgresServer"/>): created empty,
/// dropped with <c>FORCE</c> (open connections and all) on dispose. Schema tests use it for databases of their own.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private int _dropped;

    private PostgresDatabase(string server, string name)
    {
        Server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>The database name, <c>court_test_…</c> unless another prefix was given.</summary>
    public string Name { get; }

    /// <summary>A connection string for this database (the server's, with <c>Database</c> set).</summary>
    public string ConnectionString { get; }

    private string Server { get; }

    public static PostgresDatabase Create(string prefix = "court_test", string? server = null)
    {
        var database = New(prefix, server);
        using var connection = database.OpenMaintenance();
        using var command = new NpgsqlCommand($"CREATE DATABASE {Quote(database.Name)}", connection);
        command.ExecuteNonQuery();
        return database;
    }

    public static async Task<PostgresDatabase> CreateAsync(string prefix = "court_test", string? server = null, CancellationToken ct = default)
    {
        var database = New(prefix, server);
        await using var connection = await database.OpenMaintenanceAsync(ct);
        await using var command = new NpgsqlCommand($"CREATE DATABASE {Quote(database.Name)}", connection);
        await command.ExecuteNonQueryAsync(ct);
        return database;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _dropped, 1) == 1) return;
        ClearPool();
        using var connection = OpenMaintenance();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Quote(Name)} WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _dropped, 1) == 1) return;
        ClearPool();
        await using var connection = await OpenMaintenanceAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Quote(Name)} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static PostgresDatabase New(string prefix, string? server)
    {
        if (string.IsNullOrWhiteSpace(prefix) || !prefix.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            throw new ArgumentException("Use lower-case ASCII letters, digits and '_' for a database prefix.", nameof(prefix));
        return new PostgresDatabase(server ?? TestDatabases.PostgresServer(), $"{prefix}_{Guid.NewGuid():N}");
    }

    // CREATE/DROP DATABASE cannot run inside the database itself: go through the server's maintenance database, unpooled.
    private NpgsqlConnection OpenMaintenance()
    {
        var connection = new NpgsqlConnection(MaintenanceConnectionString());
        connection.Open();
        return connection;
    }

    private async Task<NpgsqlConnection> OpenMaintenanceAsync(CancellationToken ct)
    {
        var connection = new NpgsqlConnection(MaintenanceConnectionString());
        await connection.OpenAsync(ct);
        return connection;
    }

    private string MaintenanceConnectionString() =>
        new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString;

    private void ClearPool()
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        NpgsqlConnection.ClearPool(connection);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
