using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Tests.Persistence;

/// <summary>A database's tables, columns and indexes as sorted text lines, so two schemas compare with one assertion.</summary>
internal static class SchemaDescription
{
    private const string SqliteColumns = """
        SELECT m.name || '.' || p.name || ' ' || upper(p.type) || (CASE WHEN p."notnull" = 1 THEN ' NOT NULL' ELSE '' END) || (CASE WHEN p.pk > 0 THEN ' PK' ELSE '' END)
        FROM sqlite_master m JOIN pragma_table_info(m.name) p
        WHERE m.type = 'table' AND m.name NOT LIKE '\_\_%' ESCAPE '\' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
        """;

    private const string SqliteIndexes = """
        SELECT m.name || ' index ' || il.name || (CASE WHEN il."unique" = 1 THEN ' UNIQUE' ELSE '' END) || ' (' ||
               (SELECT group_concat(ii.name, ',') FROM pragma_index_info(il.name) ii) || ')'
        FROM sqlite_master m JOIN pragma_index_list(m.name) il
        WHERE m.type = 'table' AND il.origin = 'c' AND m.name NOT LIKE '\_\_%' ESCAPE '\'
        """;

    private const string PostgresColumns = """
        SELECT table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '') || (CASE WHEN is_nullable = 'NO' THEN ' NOT NULL' ELSE '' END)
        FROM information_schema.columns WHERE table_schema = @schema AND table_name NOT LIKE '\_\_%'
        """;

    private const string PostgresIndexes = """
        SELECT tablename || ' index ' || indexname || ' ' || regexp_replace(indexdef, '^.* USING ', '')
        FROM pg_indexes WHERE schemaname = @schema AND tablename NOT LIKE '\_\_%'
        """;

    public static async Task<IReadOnlyList<string>> DescribeAsync(DbContext db, string schema)
    {
        var postgres = db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal);
        var lines = new List<string>();
        lines.AddRange(await QueryAsync(db, postgres ? PostgresColumns : SqliteColumns, schema));
        lines.AddRange(await QueryAsync(db, postgres ? PostgresIndexes : SqliteIndexes, schema));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string>> QueryAsync(DbContext db, string sql, string schema)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@schema";
        parameter.Value = schema;
        command.Parameters.Add(parameter);
        var lines = new List<string>();
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return lines;
    }
}
