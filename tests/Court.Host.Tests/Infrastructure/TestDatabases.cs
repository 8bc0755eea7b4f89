using Court.Kernel.Persistence;

namespace Court.Host.Tests.Infrastructure;

/// <summary>
/// Which database provider this test run uses. <c>./court test</c> runs every test on SQLite, then the
/// <c>[Trait("Category", "Persistence")]</c> tests again with <c>COURT_TEST_PROVIDER=Postgres</c> and
/// <c>COURT_TEST_POSTGRES</c> pointing at a throwaway PostgreSQL server (no database name: each test makes its own).
/// </summary>
public static class TestDatabases
{
    public const string ProviderVariable = "COURT_TEST_PROVIDER";
    public const string PostgresVariable = "COURT_TEST_POSTGRES";

    /// <summary>The provider of this run: SQLite unless <c>COURT_TEST_PROVIDER</c> says PostgreSQL.</summary>
    /// <exception cref="InvalidOperationException">An unknown provider name, or PostgreSQL without a server to use.</exception>
    public static DatabaseProvider Current()
    {
        var name = Environment.GetEnvironmentVariable(ProviderVariable)?.Trim();
        if (string.IsNullOrEmpty(name) || name.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
            return DatabaseProvider.Sqlite;
        if (name.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || name.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Npgsql", StringComparison.OrdinalIgnoreCase))
        {
            _ = PostgresServer(); // fail here, loudly, rather than quietly testing SQLite twice
            return DatabaseProvider.Postgres;
        }
        throw new InvalidOperationException($"{ProviderVariable}='{name}' is not a provider the tests know: use Sqlite or Postgres.");
    }

    public static bool IsPostgres => Current() == DatabaseProvider.Postgres;

    /// <summary>The server connection string from <c>COURT_TEST_POSTGRES</c> (a superuser, no database).</summary>
    /// <exception cref="InvalidOperationException">The variable is not set.</exception>
    public static string PostgresServer()
    {
        var connection = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(connection))
            throw new InvalidOperationException(
                $"{ProviderVariable} asks for PostgreSQL but {PostgresVariable} is not set. Run the tests through `./court test`, " +
                $"or set {PostgresVariable}=\"Host=127.0.0.1;Port=PORT;Username=postgres\" for a server you started. " +
                "The tests never fall back to SQLite on their own.");
        return connection;
    }
}
