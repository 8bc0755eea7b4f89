using Court.Host.Audit;
using Court.Host.Persistence;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Service;
using Court.Kernel.Audit;
using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Audit;

/// <summary>
/// Issue 11 finding 14c: the append-only triggers can be dropped by anyone with rights on the database. The entries are
/// chained by hash, and <c>./court verify</c> names every entry edited or removed behind the application's back.
/// Each test has its own host: tampering breaks the chain for whoever comes after.
/// </summary>
[Trait("Category", "Persistence")]
public sealed class AuditLogHashChain
{
    private static readonly AuditActor Clerk = new(Guid.CreateVersion7(), "clerk", "FilingClerk", "127.0.0.1");

    [Fact]
    public async Task Entries_appended_from_many_requests_at_once_form_one_chain_that_verifies()
    {
        await using var app = new CourtAppFactory();
        var audit = app.Services.GetRequiredService<IAuditLog>();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => audit.WriteAllAsync(
            [new AuditRecord("dossier.read", Target: $"document-{i}"), new AuditRecord("dossier.download", Target: $"document-{i}")], Clerk))));

        var entries = await app.InDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync());
        entries.Count(e => e.Action.StartsWith("dossier.", StringComparison.Ordinal)).ShouldBe(80);
        entries.ShouldAllBe(e => e.Hash != null);
        entries.Skip(1).Zip(entries).ShouldAllBe(pair => pair.First.PreviousHash == pair.Second.Hash);
        var (code, output) = await VerifyAsync(app);
        code.ShouldBe(0, output);
        output.ShouldContain("哈希链完整");
    }

    [Fact]
    public async Task An_entry_edited_with_raw_sql_after_dropping_the_triggers_is_named_by_verify()
    {
        await using var app = new CourtAppFactory();
        var target = await WriteThreeAsync(app);

        await TamperAsync(app, table => $"""UPDATE {table} SET "Target" = '110101199001011234' WHERE "Id" = {target.Id}""");

        var (code, output) = await VerifyAsync(app);
        code.ShouldBe(1);
        output.ShouldContain($"审计日志第 {target.Id} 条");
        output.ShouldContain("内容与其哈希不符");
        output.ShouldContain("被改动过");
    }

    [Fact]
    public async Task An_entry_deleted_with_raw_sql_after_dropping_the_triggers_is_found_at_the_entry_after_it()
    {
        await using var app = new CourtAppFactory();
        var target = await WriteThreeAsync(app);
        var next = await app.InDbAsync(db => db.AuditEntries.Where(e => e.Id > target.Id).OrderBy(e => e.Id).FirstAsync());

        await TamperAsync(app, table => $"""DELETE FROM {table} WHERE "Id" = {target.Id}""");

        var (code, output) = await VerifyAsync(app);
        code.ShouldBe(1);
        output.ShouldContain($"审计日志第 {next.Id} 条");
        output.ShouldContain("被删除");
    }

    [Fact]
    public async Task An_entry_inserted_with_raw_sql_without_a_hash_is_named_by_verify()
    {
        await using var app = new CourtAppFactory();
        await WriteThreeAsync(app);

        await TamperAsync(app, table => $"""INSERT INTO {table} ("At", "Action", "Outcome") VALUES ('2026-01-01 00:00:00', 'forged', 'Succeeded')""");

        var (code, output) = await VerifyAsync(app);
        code.ShouldBe(1);
        output.ShouldContain("forged");
        output.ShouldContain("不在哈希链上");
    }

    /// <summary>Three entries; returns the middle one.</summary>
    private static async Task<AuditEntry> WriteThreeAsync(CourtAppFactory app)
    {
        var audit = app.Services.GetRequiredService<IAuditLog>();
        foreach (var n in new[] { "first", "middle", "last" })
            await audit.WriteAsync(new AuditRecord("govdata.query", Purpose: "立案核验", Target: n), Clerk);
        return await app.InDbAsync(db => db.AuditEntries.SingleAsync(e => e.Target == "middle"));
    }

    /// <summary>What someone with rights on the database does: drop the append-only triggers, then change the table.</summary>
    private static async Task TamperAsync(CourtAppFactory app, Func<string, string> sql)
    {
        await app.InDbAsync(async db =>
        {
            var table = ModuleDatabase.QualifiedTable(db.Database.ProviderName, CourtDb.Module, "AuditEntries");
            var dropTriggers = db.Database.IsNpgsql()
                ? $"DROP TRIGGER audit_entries_append_only ON {table}"
                : "DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete;";
            await db.Database.ExecuteSqlRawAsync(dropTriggers);
            return await db.Database.ExecuteSqlRawAsync(sql(table));
        });
    }

    private static async Task<(int Code, string Output)> VerifyAsync(CourtAppFactory app)
    {
        using var output = new StringWriter();
        var code = await CourtVerification.RunAsync(app.Services, output, CancellationToken.None);
        return (code, output.ToString());
    }
}
