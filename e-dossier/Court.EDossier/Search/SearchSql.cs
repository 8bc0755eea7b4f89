using System.Data.Common;
using System.Text;
using Court.EDossier.Persistence;
using Court.Kernel;
using Court.Kernel.Dossier;
using Court.Kernel.Persistence;

namespace Court.EDossier.Search;

/// <summary>
/// The statements of one search, for SQLite (FTS5 tables PageSearchTrigrams and PageSearchBigrams) or PostgreSQL
/// (pg_trgm and bigram GIN indexes on Pages). The visible cases arrive as one JSON parameter, read by json_each or
/// jsonb_to_recordset, so a list of thousands of cases is one parameter, not thousands.
/// </summary>
internal sealed class SearchSql
{
    private readonly SearchQuery _query;
    private readonly List<string> _long;   // 3+ characters: trigram index
    private readonly List<string> _short;  // 2 characters: bigram index
    private readonly List<string> _all;

    public SearchSql(string? provider, IReadOnlyList<string> terms, SearchQuery query)
    {
        IsPostgres = provider == "Npgsql.EntityFrameworkCore.PostgreSQL";
        Provider = provider;
        _query = query;
        _all = [.. terms];
        _long = [.. terms.Where(t => SearchTerms.LengthOf(t) >= 3)];
        _short = [.. terms.Where(t => SearchTerms.LengthOf(t) < 3)];
    }

    public bool IsPostgres { get; }

    private string? Provider { get; }

    private string Schema => $"\"{ModuleDatabase.SchemaFor(Provider, DossierDb.Module)}\"";

    private string T(string table) => ModuleDatabase.QualifiedTable(Provider, DossierDb.Module, table);

    /// <summary>EF Core stores a Guid on SQLite as upper-case text; ADO.NET alone would bind it as a blob.</summary>
    public static string SqliteGuid(Guid id) => id.ToString().ToUpperInvariant();

    public DbCommand Command(DbConnection connection, string text, string visibleJson)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        command.AddParameter("@visible", visibleJson);
        command.AddParameter("@open", (int)DossierVolume.Open);
        if (_query.CaseId is { } caseId) command.AddParameter("@case", IsPostgres ? caseId : SqliteGuid(caseId));
        if (_query.Category is { } category) command.AddParameter("@category", (int)category);
        if (_query.Volume is { } volume) command.AddParameter("@volume", (int)volume);
        if (_query.From is { } from) command.AddParameter("@from", ShanghaiMidnightUtc(from));
        if (_query.To is { } to) command.AddParameter("@to", ShanghaiMidnightUtc(to.AddDays(1)));
        command.AddParameter("@take", _query.PageSize);
        command.AddParameter("@skip", (_query.Page - 1) * _query.PageSize);
        for (var i = 0; i < _all.Count; i++)
            command.AddParameter($"@lower{i}", IsPostgres ? _all[i].ToLowerInvariant() : _all[i]);
        if (IsPostgres)
        {
            for (var i = 0; i < _all.Count; i++) command.AddParameter($"@like{i}", "%" + EscapeLike(_all[i]) + "%");
        }
        else
        {
            if (_long.Count > 0) command.AddParameter("@trigrams", FtsQuery(_long));
            if (_short.Count > 0) command.AddParameter("@bigrams", FtsQuery(_short));
        }
        return command;
    }

    private static DateTime ShanghaiMidnightUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), ShanghaiTime.Zone);

    // Each term is one FTS5 string (a phrase of trigrams or a single bigram token); juxtaposed strings are ANDed.
    private static string FtsQuery(IEnumerable<string> terms) =>
        string.Join(' ', terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    private static string EscapeLike(string term) =>
        term.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    /// <summary>Every item the caller may see, narrowed by the query's filters: a case that does not open the internal volume shows open items only.</summary>
    private string ScopeCte()
    {
        var visible = IsPostgres
            ? """SELECT v.c AS "CaseId", v.i AS "Internal" FROM jsonb_to_recordset(CAST(@visible AS jsonb)) AS v(c uuid, i boolean)"""
            : """SELECT json_extract(value, '$.c') AS "CaseId", json_extract(value, '$.i') AS "Internal" FROM json_each(@visible)""";
        var filters = new StringBuilder();
        if (_query.CaseId is not null) filters.Append(""" AND d."CaseId" = @case""");
        if (_query.Category is not null) filters.Append(""" AND i."Category" = @category""");
        if (_query.Volume is not null) filters.Append(""" AND i."Volume" = @volume""");
        if (_query.From is not null) filters.Append(""" AND i."AddedAt" >= @from""");
        if (_query.To is not null) filters.Append(""" AND i."AddedAt" < @to""");
        var opensInternal = IsPostgres ? """v."Internal" """ : """v."Internal" = 1""";
        return $"""
            visible AS MATERIALIZED ({visible}),
            scope AS MATERIALIZED (
                SELECT i."Id" AS "ItemId", i."DocumentId", d."CaseId", i."Title", i."Category", i."Volume"
                FROM visible v
                JOIN {T("Dossiers")} d ON d."CaseId" = v."CaseId"
                JOIN {T("Items")} i ON i."DossierId" = d."Id"
                WHERE (i."Volume" = @open OR {opensInternal}){filters})
            """;
    }

    public string ScopePages() => $"""
        WITH {ScopeCte()}
        SELECT coalesce(sum(doc."PageCount"), 0) FROM scope s JOIN {T("Documents")} doc ON doc."Id" = s."DocumentId"
        """;

    /// <summary>The page of hits, each row with the total count of hits (a window count over the uncut result).</summary>
    public string Matches(bool scopeFirst) => $"""
        WITH {ScopeCte()},
        hits AS MATERIALIZED (SELECT s."CaseId", s."DocumentId", s."ItemId", s."Title", s."Category", s."Volume", {Hits(scopeFirst)})
        SELECT "CaseId", "DocumentId", "ItemId", "Title", "Category", "Volume", page, score, count(*) OVER () AS total
        FROM hits
        ORDER BY score DESC, "DocumentId", page, "ItemId"
        LIMIT @take OFFSET @skip
        """;

    public string Count(bool scopeFirst) => $"""
        WITH {ScopeCte()}
        SELECT count(*) FROM (SELECT s."ItemId", {Hits(scopeFirst)}) hits
        """;

    // Columns page and score, then FROM … WHERE.
    // Scope first (few pages in scope): walk the visible items' pages and look for each term in the text (strpos/instr:
    // no index, and on PostgreSQL the planner cannot pick the trigram index, which cannot serve 2-character terms);
    // the score is the number of occurrences. Index first (many pages in scope): the FTS tables or GIN indexes find the
    // matching pages, each looked up in the scope; the score is −bm25 on SQLite (CROSS JOIN fixes SQLite's join order).
    private string Hits(bool scopeFirst)
    {
        var occurrences = string.Join(" + ", _all.Select((_, i) =>
            $"""(length(lower(p."Text")) - length(replace(lower(p."Text"), {Lower(i)}, ''))) / length({Lower(i)})"""));
        if (IsPostgres)
        {
            var conditions = string.Join(" AND ", _all.Select((t, i) =>
                scopeFirst ? $"""strpos(lower(p."Text"), @lower{i}) > 0"""
                : SearchTerms.LengthOf(t) < 3 ? $"""{Schema}.page_bigrams(p."Text") @> ARRAY[@lower{i}]::text[]"""
                : $"""p."Text" ILIKE @like{i}"""));
            // LATERAL … OFFSET 0 (a fence the planner does not flatten) keeps the scope-first plan a nested loop over the
            // primary key: with a plain join the planner, which cannot estimate the JSON list, scans every page (0.7 s
            // instead of 40 ms at 100,000 pages).
            return scopeFirst
                ? $"""
                    p."PageNumber" AS page, CAST({occurrences} AS double precision) AS score
                    FROM scope s CROSS JOIN LATERAL (SELECT p."PageNumber", p."Text" FROM {T("Pages")} p WHERE p."DocumentId" = s."DocumentId" AND {conditions} OFFSET 0) p
                    """
                : $"""
                    p."PageNumber" AS page, CAST({occurrences} AS double precision) AS score
                    FROM scope s JOIN {T("Pages")} p ON p."DocumentId" = s."DocumentId"
                    WHERE {conditions}
                    """;
        }

        if (scopeFirst)
        {
            var contains = string.Join(" AND ", _all.Select((_, i) => $"""instr(lower(p."Text"), {Lower(i)}) > 0"""));
            return $"""
                p."PageNumber" AS page, {occurrences} AS score
                FROM scope s CROSS JOIN "Pages" p
                WHERE p."DocumentId" = s."DocumentId" AND {contains}
                """;
        }

        var tables = new List<(string Table, string Parameter)>();
        if (_long.Count > 0) tables.Add(("PageSearchTrigrams", "@trigrams"));
        if (_short.Count > 0) tables.Add(("PageSearchBigrams", "@bigrams"));
        var score = string.Join(" + ", tables.Select(t => $"""-bm25("{t.Table}")"""));
        var match = string.Join(" AND ", tables.Select(t => $"\"{t.Table}\" MATCH {t.Parameter}"));
        var sameRow = string.Join(" AND ", tables.Skip(1).Select(t => $"\"{t.Table}\".rowid = \"{tables[0].Table}\".rowid").Prepend("1"));
        var ftsJoins = string.Join(" CROSS JOIN ", tables.Select(t => $"\"{t.Table}\""));
        return $"""
            k."PageNumber" AS page, {score} AS score
            FROM {ftsJoins} CROSS JOIN "PageSearchKeys" k CROSS JOIN scope s
            WHERE k."RowId" = "{tables[0].Table}".rowid AND s."DocumentId" = k."DocumentId" AND {match} AND {sameRow}
            """;
    }

    // PostgreSQL gets the term lower-cased by .NET (lower() there is Unicode-aware); SQLite's lower() folds ASCII only,
    // so the term goes through the same lower() as the text.
    private string Lower(int i) => IsPostgres ? $"@lower{i}" : $"lower(@lower{i})";

    public string PageTexts(int count)
    {
        var keys = string.Join(" OR ", Enumerable.Range(0, count).Select(i => $"""("DocumentId" = @d{i} AND "PageNumber" = @n{i})"""));
        return $"""SELECT "DocumentId", "PageNumber", "Text" FROM {T("Pages")} WHERE {keys}""";
    }
}
