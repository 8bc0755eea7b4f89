using Court.Host.Audit;
using Court.Host.Cases;
using Court.Host.Identity;
using Court.Host.Litigation.Progress;
using Court.Host.Persistence;
using Court.Kernel.Access;
using Court.Kernel.Persistence;
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

    private static readonly string SharedIdentifier = Court.Kernel.Identifiers.ResidentIdNumber.Create("350205", new DateOnly(1978, 6, 30), 411).Value;
    private static readonly string OtherIdentifier = Court.Kernel.Identifiers.ResidentIdNumber.Create("350205", new DateOnly(1981, 2, 14), 523).Value;

    [Theory]
    [MemberData(nameof(EarlierVersions))]
    public async Task A_database_of_an_earlier_version_upgrades_in_place_with_its_rows_intact(string version)
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        var userId = Guid.CreateVersion7();
        var laterClaimant = Guid.CreateVersion7();
        var caseId = Guid.CreateVersion7();
        var filedAt = new DateTime(2026, 3, 2, 1, 30, 0, DateTimeKind.Utc);
        await using (var earlier = scratch.NewCourtDb())
        {
            await earlier.GetService<IMigrator>().MigrateAsync(version);
            // Users and the case are written as the earlier version's columns were; the model has grown since (查询码, verified identity).
            var provider = earlier.Database.ProviderName;
            var users = ModuleDatabase.QualifiedTable(provider, CourtDb.Module, "AspNetUsers");
            var insertUser = $$"""INSERT INTO {{users}} ("Id", "UserName", "NormalizedUserName", "DisplayName", "IdentifierNumber", "CreatedAt", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount") VALUES ({0}, {1}, {2}, {3}, {4}, {5}, FALSE, FALSE, FALSE, TRUE, 0)""";
            await earlier.Database.ExecuteSqlRawAsync(insertUser, userId, "judge", "JUDGE", "王审判", SharedIdentifier, filedAt);
            // Before VerifiedIdentities two accounts could claim one ID number; from it on the database refuses the second.
            var sharedClaim = !Since(version, "20261203030000_VerifiedIdentities");
            await earlier.Database.ExecuteSqlRawAsync(insertUser, laterClaimant, "claimant", "CLAIMANT", "王审判", sharedClaim ? SharedIdentifier : OtherIdentifier, filedAt.AddDays(1));
            var cases = ModuleDatabase.QualifiedTable(provider, CourtDb.Module, "Cases");
            var participants = ModuleDatabase.QualifiedTable(provider, CourtDb.Module, "CaseParticipants");
            var (status, judge, participantId) = (nameof(CaseStatus.InProgress), nameof(CaseRole.Judge), Guid.CreateVersion7());
            // From version Progress on, a case has its 查询码 column (and no default for it on PostgreSQL).
            var (codeColumn, codeValue) = Since(version, "20261201100004_Progress") ? (", \"QueryCode\"", $", '{QueryCode.New()}'") : ("", "");
            var insertCase = $$"""INSERT INTO {{cases}} ("Id", "Number", "CourtCode", "TypeCode", "Year", "Sequence", "Title", "Status", "FiledAt"{{codeColumn}}) VALUES ({0}, '（2026）闽0203民初7号', '闽0203', '民初', 2026, 7, '民间借贷纠纷', {1}, {2}{{codeValue}})""";
            var insertParticipant = $$"""INSERT INTO {{participants}} ("Id", "CaseId", "UserId", "Role", "Since") VALUES ({0}, {1}, {2}, {3}, {4})""";
            await earlier.Database.ExecuteSqlRawAsync(insertCase, caseId, status, filedAt);
            await earlier.Database.ExecuteSqlRawAsync(insertParticipant, participantId, caseId, userId, judge, filedAt);
            if (Since(version, "20261122000002_AuditLog"))
            {
                var audit = ModuleDatabase.QualifiedTable(provider, CourtDb.Module, "AuditEntries");
                var insertAudit = $$"""INSERT INTO {{audit}} ("At", "Action", "Target", "Outcome") VALUES ({0}, 'govdata.query', 'before-the-chain', 'Succeeded')""";
                await earlier.Database.ExecuteSqlRawAsync(insertAudit, filedAt);
            }
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
        kept.QueryCode.Length.ShouldBe(QueryCode.Length);
        kept.QueryCode.ShouldAllBe(c => QueryCode.Alphabet.Contains(c));
        kept.ArisesFromCaseId.ShouldBeNull();
        var first = await latest.Users.SingleAsync(u => u.Id == userId);
        first.DisplayName.ShouldBe("王审判");
        // One account per ID number (ADR 0014): the first account keeps it, a later one that claimed the same number loses the claim.
        first.IdentifierNumber.ShouldBe(SharedIdentifier);
        first.IdentityVerified.ShouldBeFalse();
        (await latest.Users.SingleAsync(u => u.Id == laterClaimant)).IdentifierNumber
            .ShouldBe(Since(version, "20261203030000_VerifiedIdentities") ? OtherIdentifier : null);
        // Entries from before the hash chain are not rewritten; the first chained entry links to them and the chain verifies.
        await new AuditChainAppend(latest).AppendAsync([new AuditEntry { At = filedAt, Action = "Upgraded", Outcome = "Succeeded" }], CancellationToken.None);
        using var verification = new StringWriter();
        (await new AuditChainVerification(latest).RunAsync(verification, CancellationToken.None)).ShouldBe(0, verification.ToString());
        if (Since(version, "20261122000002_AuditLog"))
            (await latest.AuditEntries.SingleAsync(e => e.Action == "Upgraded")).PreviousHash.ShouldNotBeNull();
    }

    private static bool Since(string version, string migration) => string.CompareOrdinal(version, migration) >= 0;

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
