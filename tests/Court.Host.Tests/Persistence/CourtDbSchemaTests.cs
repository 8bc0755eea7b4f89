using Court.Host.Audit;
using Court.Host.Cases;
using Court.Host.Identity;
using Court.Host.Persistence;
using Court.Kernel.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Court.Host.Tests.Persistence;

[Trait("Category", "Persistence")]
public sealed class CourtDbSchemaTests
{
    /// <summary>Every schema version but the latest: each must upgrade in place.</summary>
    public static TheoryData<string> EarlierVersions()
    {
        using var db = new CourtDb(new DbContextOptionsBuilder<CourtDb>().UseSqlite("Data Source=:memory:").Options);
        return new TheoryData<string>(db.Database.GetMigrations().SkipLast(1));
    }

    [Fact]
    public async Task Hand_written_migrations_build_exactly_the_schema_the_model_describes()
    {
        await using var migrated = await ScratchDatabase.CreateAsync();
        await using var created = await ScratchDatabase.CreateAsync();
        await using var migratedDb = migrated.NewCourtDb();
        await using var createdDb = created.NewCourtDb();

        await migratedDb.Database.MigrateAsync();
        await createdDb.Database.EnsureCreatedAsync();

        var fromMigrations = await SchemaDescription.DescribeAsync(migratedDb, CourtDb.Module);
        var fromModel = await SchemaDescription.DescribeAsync(createdDb, CourtDb.Module);
        fromMigrations.ShouldNotBeEmpty();
        fromMigrations.ShouldBe(fromModel);
    }

    [Theory]
    [MemberData(nameof(EarlierVersions))]
    public async Task A_database_of_an_earlier_version_upgrades_in_place_with_its_rows_intact(string version)
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        var userId = Guid.CreateVersion7();
        var caseId = Guid.CreateVersion7();
        var filedAt = new DateTime(2026, 3, 2, 1, 30, 0, DateTimeKind.Utc);
        await using (var earlier = scratch.NewCourtDb())
        {
            await earlier.GetService<IMigrator>().MigrateAsync(version);
            earlier.Users.Add(new CourtUser { Id = userId, UserName = "judge", NormalizedUserName = "JUDGE", DisplayName = "王审判", CreatedAt = filedAt });
            earlier.Cases.Add(new CaseRecord
            {
                Id = caseId, Number = "（2026）闽0203民初7号", CourtCode = "闽0203", TypeCode = "民初", Year = 2026, Sequence = 7,
                Title = "民间借贷纠纷", Status = CaseStatus.InProgress, FiledAt = filedAt,
                Participants = [new CaseParticipant { Id = Guid.CreateVersion7(), UserId = userId, Role = CaseRole.Judge, Since = filedAt }],
            });
            await earlier.SaveChangesAsync();
            (await earlier.Database.GetAppliedMigrationsAsync()).Last().ShouldBe(version);
        }

        await using (var upgrading = scratch.NewCourtDb())
            await upgrading.Database.MigrateAsync();

        await using var latest = scratch.NewCourtDb();
        (await latest.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        var kept = await latest.Cases.Include(c => c.Participants).SingleAsync(c => c.Id == caseId);
        kept.Number.ShouldBe("（2026）闽0203民初7号");
        kept.Status.ShouldBe(CaseStatus.InProgress);
        kept.FiledAt.ShouldBe(filedAt);
        kept.Participants.Single().UserId.ShouldBe(userId);
        (await latest.Users.SingleAsync(u => u.Id == userId)).DisplayName.ShouldBe("王审判");
        latest.AuditEntries.Add(new AuditEntry { At = filedAt, Action = "Upgraded", Outcome = "Succeeded" });
        await latest.SaveChangesAsync();
    }

    [Fact]
    public async Task The_database_itself_refuses_to_change_or_remove_an_audit_entry()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await using var db = scratch.NewCourtDb();
        await db.Database.MigrateAsync();
        db.AuditEntries.Add(new AuditEntry { At = DateTime.UtcNow, Action = "QuerySubject", Purpose = "立案核验", Outcome = "Succeeded" });
        await db.SaveChangesAsync();

        var update = () => db.AuditEntries.ExecuteUpdateAsync(s => s.SetProperty(a => a.Outcome, "Tampered"));
        var delete = () => db.AuditEntries.ExecuteDeleteAsync();

        (await Should.ThrowAsync<Exception>(update)).ToString().ShouldContain("append-only");
        (await Should.ThrowAsync<Exception>(delete)).ToString().ShouldContain("append-only");
        (await db.AuditEntries.AsNoTracking().SingleAsync()).Outcome.ShouldBe("Succeeded");
    }
}
