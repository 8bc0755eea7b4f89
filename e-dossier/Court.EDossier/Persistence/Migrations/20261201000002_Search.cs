using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Court.EDossier.Persistence.Migrations;

/// <summary>
/// Version 2: full-text search over page text (Court.EDossier.Search). Nothing here is in the EF model: the objects are
/// kept in step with <c>Pages</c> by the database itself (triggers on SQLite, expression indexes on PostgreSQL), so every
/// write of a page through EF is indexed without the writer knowing.
/// </summary>
[DbContext(typeof(DossierDb))]
[Migration("20261201000002_Search")]
internal sealed class Search : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        if (ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL") UpPostgres(mb);
        else UpSqlite(mb);
    }

    protected override void Down(MigrationBuilder mb)
    {
        if (ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            var schema = ModuleDatabase.SchemaFor(ActiveProvider, DossierDb.Module);
            mb.Sql($"""DROP INDEX IF EXISTS "{schema}"."IX_Pages_Text_Bigrams";""");
            mb.Sql($"""DROP INDEX IF EXISTS "{schema}"."IX_Pages_Text_Trigrams";""");
            mb.Sql($"""DROP FUNCTION IF EXISTS "{schema}".page_bigrams(text);""");
            return;
        }
        foreach (var trigger in new[] { "Pages_Search_Insert", "Pages_Search_Update", "Pages_Search_Delete" })
            mb.Sql($"""DROP TRIGGER IF EXISTS "{trigger}";""");
        mb.Sql("""DROP TABLE IF EXISTS "PageSearchBigrams";""");
        mb.Sql("""DROP TABLE IF EXISTS "PageSearchTrigrams";""");
        mb.Sql("""DROP TABLE IF EXISTS "PageSearchKeys";""");
    }

    // SQLite: two contentless FTS5 tables share one rowid per page, handed out by PageSearchKeys (the Pages table has no
    // integer key, and its implicit rowid may be renumbered by VACUUM). Trigrams find terms of 3+ characters; a trigram
    // index cannot find 2-character words, so the second table indexes the text as space-separated character bigrams
    // (借款人 → "借款 款人") with the unicode61 tokenizer: a 2-character term is one token there. It keeps positions
    // (detail=full) although only single tokens are looked up: with detail=none bm25 sees every term once per page and
    // cannot rank by frequency. The expansion is dossier_bigrams(), a function DossierDb
    // registers on each SQLite connection (Search/SqliteSearchFunctions.cs); a recursive CTE doing the same in SQL
    // held indexing near 600 pages/s.
    // Contentless tables (content='') keep only the index; snippets come from Pages.Text. contentless_delete=1
    // (SQLite 3.43+) lets the triggers delete by rowid alone.
    private static void UpSqlite(MigrationBuilder mb)
    {
        mb.Sql("""
            CREATE TABLE "PageSearchKeys" (
                "RowId" INTEGER NOT NULL PRIMARY KEY,
                "DocumentId" TEXT NOT NULL,
                "PageNumber" INTEGER NOT NULL);
            """);
        mb.Sql("""CREATE UNIQUE INDEX "IX_PageSearchKeys_DocumentId_PageNumber" ON "PageSearchKeys" ("DocumentId", "PageNumber");""");
        mb.Sql("""CREATE VIRTUAL TABLE "PageSearchTrigrams" USING fts5("Text", content='', contentless_delete=1, tokenize='trigram');""");
        mb.Sql("""CREATE VIRTUAL TABLE "PageSearchBigrams" USING fts5("Bigrams", content='', contentless_delete=1, tokenize='unicode61');""");

        const string insertNew = """
            INSERT INTO "PageSearchKeys" ("DocumentId", "PageNumber") VALUES (new."DocumentId", new."PageNumber");
            INSERT INTO "PageSearchTrigrams" (rowid, "Text") VALUES (last_insert_rowid(), coalesce(new."Text", ''));
            INSERT INTO "PageSearchBigrams" (rowid, "Bigrams") VALUES (
                (SELECT "RowId" FROM "PageSearchKeys" WHERE "DocumentId" = new."DocumentId" AND "PageNumber" = new."PageNumber"),
                dossier_bigrams(new."Text"));
            """;
        const string deleteOld = """
            DELETE FROM "PageSearchTrigrams" WHERE rowid = (SELECT "RowId" FROM "PageSearchKeys" WHERE "DocumentId" = old."DocumentId" AND "PageNumber" = old."PageNumber");
            DELETE FROM "PageSearchBigrams" WHERE rowid = (SELECT "RowId" FROM "PageSearchKeys" WHERE "DocumentId" = old."DocumentId" AND "PageNumber" = old."PageNumber");
            DELETE FROM "PageSearchKeys" WHERE "DocumentId" = old."DocumentId" AND "PageNumber" = old."PageNumber";
            """;
        mb.Sql($"""CREATE TRIGGER "Pages_Search_Insert" AFTER INSERT ON "Pages" BEGIN {insertNew} END;""");
        mb.Sql($"""CREATE TRIGGER "Pages_Search_Update" AFTER UPDATE OF "DocumentId", "PageNumber", "Text" ON "Pages" BEGIN {deleteOld} {insertNew} END;""");
        mb.Sql($"""CREATE TRIGGER "Pages_Search_Delete" AFTER DELETE ON "Pages" BEGIN {deleteOld} END;""");

        // Pages written before this version.
        mb.Sql("""INSERT INTO "PageSearchKeys" ("DocumentId", "PageNumber") SELECT "DocumentId", "PageNumber" FROM "Pages";""");
        mb.Sql("""
            INSERT INTO "PageSearchTrigrams" (rowid, "Text")
            SELECT k."RowId", coalesce(p."Text", '') FROM "PageSearchKeys" k JOIN "Pages" p ON p."DocumentId" = k."DocumentId" AND p."PageNumber" = k."PageNumber";
            """);
        mb.Sql("""
            INSERT INTO "PageSearchBigrams" (rowid, "Bigrams")
            SELECT k."RowId", dossier_bigrams(p."Text")
            FROM "PageSearchKeys" k JOIN "Pages" p ON p."DocumentId" = k."DocumentId" AND p."PageNumber" = k."PageNumber";
            """);
    }

    // PostgreSQL: pg_trgm's GIN index answers ILIKE '%term%' for terms of 3+ characters (the cluster must use a UTF-8
    // locale such as C.UTF-8, or pg_trgm indexes no Chinese). A 2-character pattern has no trigram to look up and
    // degenerates to a scan of the whole index, so a second GIN index over the page's distinct lower-case bigrams
    // (an expression index: no column, no trigger) answers "page_bigrams(Text) @> ARRAY['借款']" (and is exact for
    // 2-character terms, lower-cased on both sides).
    private void UpPostgres(MigrationBuilder mb)
    {
        var schema = ModuleDatabase.SchemaFor(ActiveProvider, DossierDb.Module)!;
        var pages = ModuleDatabase.QualifiedTable(ActiveProvider, DossierDb.Module, "Pages");
        mb.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
        // Every bigram, as array elements: the pairs at even offsets, then the pairs at odd offsets (借款人应 → 借款 人应 | 款人 应).
        // Built with regexp_replace and string_to_array (C code): a loop over substr() costs ~10 ms a page, this ~0.1 ms.
        mb.Sql($$"""
            CREATE FUNCTION "{{schema}}".page_bigrams(t text) RETURNS text[]
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            AS $fn$
                SELECT pg_catalog.string_to_array(
                    pg_catalog.regexp_replace(pg_catalog.lower(t), '(..)', E'\\1\x1f', 'g') || E'\x1f' ||
                    pg_catalog.regexp_replace(pg_catalog.substr(pg_catalog.lower(t), 2), '(..)', E'\\1\x1f', 'g'),
                    E'\x1f')
            $fn$;
            """);
        mb.Sql($"""CREATE INDEX "IX_Pages_Text_Trigrams" ON {pages} USING gin ("Text" gin_trgm_ops);""");
        mb.Sql($"""CREATE INDEX "IX_Pages_Text_Bigrams" ON {pages} USING gin ("{schema}".page_bigrams("Text"));""");
    }
}
