using Court.Host.Configuration;
using Court.Kernel.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Court.Host.Persistence;

internal static class DatabaseSetup
{
    public static IServiceCollection AddCourtDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddSingleton(sp => Resolve(
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value,
            sp.GetRequiredService<IOptions<CourtOptions>>().Value));
        services.AddModuleDbContext<CourtDb>(CourtDb.Module);
        return services;
    }

    internal static ResolvedDatabase Resolve(DatabaseOptions options, CourtOptions court)
    {
        if (options.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
                throw new InvalidOperationException("Court:Database:ConnectionString (COURT_DB_CONNECTION) is required for PostgreSQL.");
            return new ResolvedDatabase(DatabaseProvider.Postgres, PostgresDefaults(options.ConnectionString));
        }

        var connection = new SqliteConnectionStringBuilder(options.ConnectionString);
        if (string.IsNullOrEmpty(connection.DataSource))
            connection.DataSource = Path.Combine(DataFolder.Root(court), "court.db");
        else if (Path.GetDirectoryName(Path.GetFullPath(connection.DataSource)) is { } folder)
            Directory.CreateDirectory(folder);
        connection.DefaultTimeout = Math.Max(connection.DefaultTimeout, 30);
        connection.ForeignKeys = true;
        return new ResolvedDatabase(DatabaseProvider.Sqlite, connection.ToString());
    }

    /// <summary>
    /// Prepared statements for the hot queries, and no session reset when a connection goes back to the pool: Court sets no
    /// session state, and the two together take the progress endpoint past 3,000 requests/s (docs/performance.md). An explicit
    /// setting in the connection string wins.
    /// </summary>
    internal static string PostgresDefaults(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase)) builder.MaxAutoPrepare = 20;
        if (!connectionString.Contains("No Reset On Close", StringComparison.OrdinalIgnoreCase)) builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    /// <summary>Brings every module's schema to its latest version, oldest module first. Safe to run on every start.</summary>
    public static async Task MigrateAllAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<ResolvedDatabase>();
        foreach (var module in scope.ServiceProvider.GetServices<ModuleDbRegistration>())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            if (database.Provider == DatabaseProvider.Sqlite)
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.MigrateAsync(ct);
        }
    }
}
