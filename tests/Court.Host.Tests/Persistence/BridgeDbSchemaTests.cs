using Court.GovDataBridge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Tests.Persistence;

[Trait("Category", "Persistence")]
public sealed class BridgeDbSchemaTests
{
    [Fact]
    public async Task The_bridges_hand_written_migrations_build_exactly_the_schema_its_model_describes()
    {
        await using var migrated = await ScratchDatabase.CreateAsync();
        await using var created = await ScratchDatabase.CreateAsync();
        await using var migratedDb = migrated.NewBridgeDb();
        await using var createdDb = created.NewBridgeDb();

        await migratedDb.Database.MigrateAsync();
        await createdDb.Database.EnsureCreatedAsync();

        var fromMigrations = await SchemaDescription.DescribeAsync(migratedDb, BridgeDb.Module);
        var fromModel = await SchemaDescription.DescribeAsync(createdDb, BridgeDb.Module);
        fromMigrations.ShouldNotBeEmpty();
        fromMigrations.ShouldBe(fromModel);
    }
}
