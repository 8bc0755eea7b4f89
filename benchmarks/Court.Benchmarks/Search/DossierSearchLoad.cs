using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Court.Benchmarks.Bridge;
using Court.EDossier.Persistence;
using Court.EDossier.Search;
using Court.Kernel.Cases;
using Court.Kernel.Dossier;
using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Court.Benchmarks.Search;

/// <summary>
/// dossier-search: fills a fresh SQLite file (and, with COURT_BENCH_POSTGRES set to a server connection string, a fresh
/// PostgreSQL database) with N generated pages through the search migration's triggers and indexes, then times
/// DossierSearch for 2-, 3- and 4-character terms with a party's visibility list. docs/performance.md, "E-dossier search".
/// </summary>
internal static class DossierSearchLoad
{
    public const string Command = "dossier-search";

    private static readonly string[][] TermsByLength =
    [
        ["借款", "合同", "利息", "担保", "转账", "鉴定"],
        ["借款人", "出借人", "违约金", "保证人", "代理人", "合议庭"],
        ["民间借贷", "连带责任", "诉讼时效", "财产保全", "聊天记录", "简易程序"],
    ];

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var pages = args.Int("pages", 100_000);
        var perCase = args.Int("pages-per-case", 100);
        var queries = args.Int("queries", 60);
        var visibleCount = args.Int("visible", 50);
        var seed = args.Int("seed", 7);
        BenchReport.Machine();
        Console.WriteLine($"pages {pages:N0}, {perCase} per case (10 per document), {pages / perCase:N0} cases, {queries} queries per term length, {visibleCount} visible cases");

        if (args.String("sqlite") != "false")
            await RunSqliteAsync(args.String("db") ?? Path.Combine(Path.GetTempPath(), $"court-search-bench-{pages}.db"), pages, perCase, queries, visibleCount, seed);

        if (Environment.GetEnvironmentVariable("COURT_BENCH_POSTGRES") is { Length: > 0 } server)
        {
            var name = $"court_bench_search_{pages}";
            await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString))
            {
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE); ", admin);
                await drop.ExecuteNonQueryAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
                await create.ExecuteNonQueryAsync();
            }
            var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            await RunAsync(new ResolvedDatabase(DatabaseProvider.Postgres, connection), "PostgreSQL", pages, perCase, queries, visibleCount, seed);
        }
        return 0;
    }

    private static async Task RunSqliteAsync(string file, int pages, int perCase, int queries, int visibleCount, int seed)
    {
        foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
        await using (var setup = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file}"))
        {
            await setup.OpenAsync();
            await using var wal = setup.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL"; // persistent; the host's own setting may differ
            await wal.ExecuteNonQueryAsync();
        }
        await RunAsync(new ResolvedDatabase(DatabaseProvider.Sqlite, $"Data Source={file}"), "SQLite", pages, perCase, queries, visibleCount, seed);
        Console.WriteLine($"SQLite file: {BenchReport.MiB(new FileInfo(file).Length)} ({file})");
    }

    private static DossierDb NewDb(ResolvedDatabase database)
    {
        var options = new DbContextOptionsBuilder<DossierDb>();
        ModuleDatabase.Configure(options, database, DossierDb.Module);
        return new DossierDb(options.Options);
    }

    private static async Task RunAsync(ResolvedDatabase database, string label, int pages, int perCase, int queries, int visibleCount, int seed)
    {
        await using (var db = NewDb(database)) await db.Database.MigrateAsync();
        var cases = new List<Guid>();
        var clock = Stopwatch.StartNew();
        await using (var db = NewDb(database))
        {
            await db.Database.OpenConnectionAsync();
            var loader = database.Provider == DatabaseProvider.Postgres ? (ILoader)new PostgresLoader((NpgsqlConnection)db.Database.GetDbConnection()) : new SqliteLoader(db.Database.GetDbConnection());
            var text = new LegalText(seed);
            var batch = new Batch();
            for (var written = 0; written < pages; written += perCase)
            {
                var caseId = Guid.NewGuid();
                cases.Add(caseId);
                batch.Add(caseId, Math.Min(perCase, pages - written), text);
                if (batch.Pages.Count >= 10_000) { await loader.WriteAsync(batch); batch = new Batch(); }
                if (cases.Count % 1000 == 0) Console.WriteLine($"  {label}: {written + perCase:N0} pages, {(written + perCase) / clock.Elapsed.TotalSeconds:N0} pages/s");
            }
            if (batch.Pages.Count > 0) await loader.WriteAsync(batch);
        }
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{label}: indexed {pages:N0} pages in {seconds:N1} s = {pages / seconds:N0} pages/s");

        await using (var db = NewDb(database))
        {
            if (database.Provider == DatabaseProvider.Postgres) await db.Database.ExecuteSqlRawAsync("ANALYZE");
            else await db.Database.ExecuteSqlRawAsync("PRAGMA optimize");
        }

        var random = new Random(seed + 1);
        await MeasureAsync(database, label, cases, random, queries, visibleCount, "party");
        await MeasureAsync(database, label, cases, random, Math.Max(6, queries / 5), Math.Min(cases.Count, 2000), "wide");
    }

    private static async Task MeasureAsync(ResolvedDatabase database, string label, List<Guid> cases, Random random, int queries, int visibleCount, string scenario)
    {
        for (var length = 0; length < TermsByLength.Length; length++)
        {
            var times = new List<double>();
            long hits = 0;
            for (var q = -3; q < queries; q++) // three warm-up queries
            {
                var visible = Enumerable.Range(0, visibleCount).Select(_ => new CaseVisibility(cases[random.Next(cases.Count)], random.Next(2) == 0)).DistinctBy(v => v.CaseId).ToList();
                var term = TermsByLength[length][random.Next(TermsByLength[length].Length)];
                var clock = Stopwatch.StartNew();
                await using var db = NewDb(database);
                var results = await new DossierSearch(db).SearchAsync(new SearchQuery(term), visible, CancellationToken.None);
                if (q < 0) continue;
                times.Add(clock.Elapsed.TotalMilliseconds);
                hits += results.Total;
            }
            var l = BenchReport.Latencies.Of(times);
            Console.WriteLine($"{label} {scenario} ({visibleCount} cases) {length + 2}-char terms: p50 {BenchReport.Ms(l.P50)}, p95 {BenchReport.Ms(l.P95)}, max {BenchReport.Ms(l.Max)}, mean hits {hits / (double)queries:N0}");
        }
    }

    private sealed class Batch
    {
        public List<(Guid Dossier, Guid Case, DateTime At)> Dossiers { get; } = [];
        public List<(Guid Id, int Pages, DateTime At)> Documents { get; } = [];
        public List<(Guid Id, Guid Dossier, Guid Document, DossierCategory Category, long Sequence, DateTime At)> Items { get; } = [];
        public List<(Guid Document, int Number, string Text)> Pages { get; } = [];

        public void Add(Guid caseId, int pages, LegalText text)
        {
            var dossier = Guid.NewGuid();
            var at = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(text.Next(600_000));
            Dossiers.Add((dossier, caseId, at));
            long sequence = 0;
            for (var first = 0; first < pages; first += 10)
            {
                var document = Guid.NewGuid();
                var count = Math.Min(10, pages - first);
                var category = text.Next(100) < 15 ? DossierCategory.DeliberationRecords + 10 * text.Next(2) : (DossierCategory)(10 * (1 + text.Next(6)));
                at = at.AddHours(text.Next(200));
                Documents.Add((document, count, at));
                Items.Add((Guid.NewGuid(), dossier, document, category, ++sequence, at));
                for (var p = 1; p <= count; p++) Pages.Add((document, p, text.Page()));
            }
        }
    }

    private interface ILoader
    {
        Task WriteAsync(Batch batch);
    }

    private sealed class SqliteLoader(DbConnection connection) : ILoader
    {
        private static string G(Guid g) => g.ToString().ToUpperInvariant();

        public async Task WriteAsync(Batch batch)
        {
            await using var tx = await connection.BeginTransactionAsync();
            await InsertAsync(tx, """INSERT INTO "Dossiers" ("Id", "CaseId", "CreatedAt") VALUES (@a, @b, @c)""", batch.Dossiers, d => [G(d.Dossier), G(d.Case), d.At]);
            await InsertAsync(tx, """INSERT INTO "Documents" ("Id", "Sha256", "SizeBytes", "PageCount", "SourceKind", "FileName", "CreatedAt") VALUES (@a, 'x', 0, @b, 'pdf', 'x.pdf', @c)""",
                batch.Documents, d => [G(d.Id), d.Pages, d.At]);
            await InsertAsync(tx, """
                INSERT INTO "Items" ("Id", "DossierId", "DocumentId", "Category", "Volume", "Title", "Sequence", "AddedAt", "AddedByName", "SourceStep")
                VALUES (@a, @b, @c, @d, @e, '材料', @f, @g, '书记员', 'bench')
                """, batch.Items, i => [G(i.Id), G(i.Dossier), G(i.Document), (int)i.Category, (int)i.Category.Volume(), i.Sequence, i.At]);
            await InsertAsync(tx, """INSERT INTO "Pages" ("DocumentId", "PageNumber", "Source", "Text") VALUES (@a, @b, 0, @c)""", batch.Pages, p => [G(p.Document), p.Number, p.Text]);
            await tx.CommitAsync();
        }

        private async Task InsertAsync<T>(DbTransaction tx, string sql, List<T> rows, Func<T, object[]> values)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = sql;
            var names = new[] { "@a", "@b", "@c", "@d", "@e", "@f", "@g" };
            var count = values(rows[0]).Length;
            for (var i = 0; i < count; i++) command.AddParameter(names[i], DBNull.Value);
            command.Prepare();
            foreach (var row in rows)
            {
                var v = values(row);
                for (var i = 0; i < count; i++) command.Parameters[i].Value = v[i];
                await command.ExecuteNonQueryAsync();
            }
        }
    }

    private sealed class PostgresLoader(NpgsqlConnection connection) : ILoader
    {
        public async Task WriteAsync(Batch batch)
        {
            await CopyAsync("""COPY dossier."Dossiers" ("Id", "CaseId", "CreatedAt") FROM STDIN (FORMAT BINARY)""", batch.Dossiers, async (w, d) =>
            {
                await w.WriteAsync(d.Dossier, NpgsqlDbType.Uuid); await w.WriteAsync(d.Case, NpgsqlDbType.Uuid); await w.WriteAsync(d.At, NpgsqlDbType.TimestampTz);
            });
            await CopyAsync("""COPY dossier."Documents" ("Id", "Sha256", "SizeBytes", "PageCount", "SourceKind", "FileName", "CreatedAt") FROM STDIN (FORMAT BINARY)""", batch.Documents, async (w, d) =>
            {
                await w.WriteAsync(d.Id, NpgsqlDbType.Uuid); await w.WriteAsync("x"); await w.WriteAsync(0L); await w.WriteAsync(d.Pages);
                await w.WriteAsync("pdf"); await w.WriteAsync("x.pdf"); await w.WriteAsync(d.At, NpgsqlDbType.TimestampTz);
            });
            await CopyAsync("""COPY dossier."Items" ("Id", "DossierId", "DocumentId", "Category", "Volume", "Title", "Sequence", "AddedAt", "AddedByName", "SourceStep") FROM STDIN (FORMAT BINARY)""", batch.Items, async (w, i) =>
            {
                await w.WriteAsync(i.Id, NpgsqlDbType.Uuid); await w.WriteAsync(i.Dossier, NpgsqlDbType.Uuid); await w.WriteAsync(i.Document, NpgsqlDbType.Uuid);
                await w.WriteAsync((int)i.Category); await w.WriteAsync((int)i.Category.Volume()); await w.WriteAsync("材料"); await w.WriteAsync(i.Sequence);
                await w.WriteAsync(i.At, NpgsqlDbType.TimestampTz); await w.WriteAsync("书记员"); await w.WriteAsync("bench");
            });
            await CopyAsync("""COPY dossier."Pages" ("DocumentId", "PageNumber", "Source", "Text") FROM STDIN (FORMAT BINARY)""", batch.Pages, async (w, p) =>
            {
                await w.WriteAsync(p.Document, NpgsqlDbType.Uuid); await w.WriteAsync(p.Number); await w.WriteAsync(0); await w.WriteAsync(p.Text);
            });
        }

        private async Task CopyAsync<T>(string copy, List<T> rows, Func<NpgsqlBinaryImporter, T, Task> write)
        {
            await using var importer = await connection.BeginBinaryImportAsync(copy);
            foreach (var row in rows)
            {
                await importer.StartRowAsync();
                await write(importer, row);
            }
            await importer.CompleteAsync();
        }
    }
}
