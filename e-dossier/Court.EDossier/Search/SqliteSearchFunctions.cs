using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Court.EDossier.Search;

/// <summary>
/// Registers <c>dossier_bigrams(text)</c> on every SQLite connection DossierDb opens: the search triggers call it to
/// fill PageSearchBigrams. In SQL (a recursive CTE over substr) the same expansion costs ~1 ms a page and capped
/// indexing near 600 pages/s; here it is microseconds. A writer of Pages outside DossierDb would need it too.
/// </summary>
internal sealed class SqliteSearchFunctions : DbConnectionInterceptor
{
    public const string Bigrams = "dossier_bigrams";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite) return;
        sqlite.CreateFunction<string?, string>(Bigrams, ExpandBigrams, isDeterministic: true);
        // A search walks the text of every page in the caller's scope; SQLite's default 2 MiB page cache makes a large
        // file pay a read() per page. Memory-mapped reads and a 64 MiB cache keep those pages one pointer away.
        using var pragma = sqlite.CreateCommand();
        pragma.CommandText = "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -65536;";
        pragma.ExecuteNonQuery();
    }

    /// <summary>借款人，应当 → "借款 款人 人， ，应 应当": every pair of adjacent characters, whitespace pairs left out.</summary>
    public static string ExpandBigrams(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var runes = text.EnumerateRunes().ToArray();
        var sb = new StringBuilder(runes.Length * 3);
        for (var i = 0; i + 1 < runes.Length; i++)
        {
            if (Rune.IsWhiteSpace(runes[i]) || Rune.IsWhiteSpace(runes[i + 1])) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(runes[i].ToString()).Append(runes[i + 1].ToString());
        }
        return sb.ToString();
    }
}
