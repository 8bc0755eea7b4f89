namespace Court.Kernel.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Bound from <c>Court:Database</c>; <c>COURT_DB_PROVIDER</c> and <c>COURT_DB_CONNECTION</c> override it.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Court:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty means the embedded default: <c>court.db</c> in the data folder.</summary>
    public string? ConnectionString { get; set; }
}
