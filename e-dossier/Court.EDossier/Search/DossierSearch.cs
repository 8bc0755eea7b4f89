using System.Data.Common;
using System.Text.Json;
using Court.EDossier.Persistence;
using Court.Kernel.Cases;
using Court.Kernel.Dossier;
using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Court.EDossier.Search;

/// <summary>
/// Full-text search over the page text of the dossiers a caller may see. Visibility and filters are part of the one SQL
/// statement that ranks, counts and cuts the page of results, so nothing is filtered out after a page was cut.
/// The index objects come from migration 20261201000002_Search; <see cref="SearchSql"/> holds the statements.
/// </summary>
internal sealed class DossierSearch(DossierDb db)
{
    /// <summary>
    /// Below this many pages in the caller's scope the query walks the scope and checks each page against the index;
    /// above it, it reads the index's matches and keeps those in scope (docs/performance.md, "E-dossier search").
    /// </summary>
    internal const int DefaultScopeFirstMaxPages = 20_000;

    /// <summary>Tests and benchmarks set 0 (always index first) or int.MaxValue (always scope first).</summary>
    internal long ScopeFirstMaxPages { get; init; } = DefaultScopeFirstMaxPages;

    /// <param name="visible">Every case the caller may see and whether it opens the internal volume (ICaseDirectory.VisibleToAsync).</param>
    /// <exception cref="ArgumentException">The query is not acceptable (<see cref="SearchTerms.Validate"/>); the message is for the user.</exception>
    public async Task<SearchResults> SearchAsync(SearchQuery query, IReadOnlyList<CaseVisibility> visible, CancellationToken ct)
    {
        var terms = SearchTerms.Validate(query);
        if (visible.Count == 0) return new SearchResults([], 0, query.Page, query.PageSize);

        var sql = new SearchSql(db.Database.ProviderName, terms, query);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            var visibleJson = VisibleJson(visible, sql.IsPostgres);
            var scopePages = await ScopePagesAsync(connection, sql, visibleJson, ct);
            if (scopePages == 0) return new SearchResults([], 0, query.Page, query.PageSize);

            var rows = await MatchesAsync(connection, sql, visibleJson, scopeFirst: scopePages <= ScopeFirstMaxPages, ct);
            var texts = await PageTextsAsync(connection, sql, rows, ct);
            var hits = rows.Select(r => new SearchHit(r.CaseId, r.DocumentId, r.ItemId, r.Title, r.Category, r.Volume, r.PageNumber,
                Snippets.Build(texts.GetValueOrDefault((r.DocumentId, r.PageNumber)), terms), r.Score)).ToList();
            return new SearchResults(hits, rows.Count > 0 ? rows[0].Total : await CountAsync(connection, sql, visibleJson, scopePages, ct),
                query.Page, query.PageSize);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // One row per case (a case listed twice would double its hits), opening the internal volume if any listing does.
    private static string VisibleJson(IReadOnlyList<CaseVisibility> visible, bool postgres) =>
        JsonSerializer.Serialize(visible.GroupBy(v => v.CaseId).Select(g => new
        {
            c = postgres ? g.Key.ToString() : SearchSql.SqliteGuid(g.Key),
            i = g.Any(v => v.InternalVolume),
        }));

    private static async Task<long> ScopePagesAsync(DbConnection connection, SearchSql sql, string visibleJson, CancellationToken ct)
    {
        await using var command = sql.Command(connection, sql.ScopePages(), visibleJson);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct) ?? 0L);
    }

    // A page past the last hit returns no rows, so no window count either: count without cutting.
    private async Task<int> CountAsync(DbConnection connection, SearchSql sql, string visibleJson, long scopePages, CancellationToken ct)
    {
        await using var command = sql.Command(connection, sql.Count(scopePages <= ScopeFirstMaxPages), visibleJson);
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct) ?? 0);
    }

    private static async Task<List<MatchRow>> MatchesAsync(DbConnection connection, SearchSql sql, string visibleJson, bool scopeFirst, CancellationToken ct)
    {
        await using var command = sql.Command(connection, sql.Matches(scopeFirst), visibleJson);
        var rows = new List<MatchRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows.Add(new MatchRow(reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetString(3),
                (DossierCategory)reader.GetInt32(4), (DossierVolume)reader.GetInt32(5), reader.GetInt32(6),
                Convert.ToDouble(reader.GetValue(7)), Convert.ToInt32(reader.GetValue(8))));
        return rows;
    }

    private static async Task<Dictionary<(Guid, int), string?>> PageTextsAsync(DbConnection connection, SearchSql sql, List<MatchRow> rows, CancellationToken ct)
    {
        var texts = new Dictionary<(Guid, int), string?>();
        var pages = rows.Select(r => (r.DocumentId, r.PageNumber)).Distinct().ToList();
        if (pages.Count == 0) return texts;
        await using var command = connection.CreateCommand();
        command.CommandText = sql.PageTexts(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            command.AddParameter($"@d{i}", sql.IsPostgres ? pages[i].DocumentId : SearchSql.SqliteGuid(pages[i].DocumentId));
            command.AddParameter($"@n{i}", pages[i].PageNumber);
        }
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            texts[(reader.GetGuid(0), reader.GetInt32(1))] = reader.IsDBNull(2) ? null : reader.GetString(2);
        return texts;
    }

    private sealed record MatchRow(Guid CaseId, Guid DocumentId, Guid ItemId, string Title, DossierCategory Category,
        DossierVolume Volume, int PageNumber, double Score, int Total);
}
