using Court.EDossier.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Tests.Persistence;

[Trait("Category", "Persistence")]
public sealed class DossierDbSchemaTests
{
    [Fact]
    public async Task The_dossiers_migrations_build_the_schema_its_model_describes_plus_the_search_indexes()
    {
        await using var migrated = await ScratchDatabase.CreateAsync();
        await using var created = await ScratchDatabase.CreateAsync();
        await using var migratedDb = migrated.NewDossierDb();
        await using var createdDb = created.NewDossierDb();

        await migratedDb.Database.MigrateAsync();
        await createdDb.Database.EnsureCreatedAsync();

        var fromMigrations = await SchemaDescription.DescribeAsync(migratedDb, DossierDb.Module);
        var fromModel = await SchemaDescription.DescribeAsync(createdDb, DossierDb.Module);
        fromModel.ShouldNotBeEmpty();
        var search = fromMigrations.Where(IsSearchIndex).ToList();
        search.ShouldNotBeEmpty();
        fromMigrations.Except(search).ShouldBe(fromModel);
    }

    // The full-text search objects are SQL the model cannot express (FTS5 tables on SQLite, pg_trgm GIN indexes on PostgreSQL).
    private static bool IsSearchIndex(string line) =>
        line.StartsWith("PageSearch", StringComparison.Ordinal) || line.Contains("IX_Pages_Text_", StringComparison.Ordinal);
}
