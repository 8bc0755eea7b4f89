using Court.GovData.Bridge.V1;
using Court.GovDataBridge.Bridge;
using Court.GovDataBridge.Persistence;
using Court.Host.Persistence;
using Court.Host.Tests.Infrastructure;
using Court.Kernel.Audit;
using Court.Kernel.GovData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.GovData;

/// <summary>A reply's snapshot and the audit entry that names it are written in one transaction (docs/adr/0022).</summary>
[Trait("Category", "Persistence")]
public sealed class SnapshotAndAuditTests : IAsyncLifetime
{
    private readonly CourtAppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_snapshot_and_its_audit_entry_land_together()
    {
        var (writer, grant, actor) = Arrange();
        var stored = writer.Build(grant, "assets", new SubjectKey(false, "350203196101010014"), new QueryAssetsReply(), fromCache: false, "together");

        await writer.SaveAuditedAsync([stored], [BridgeAudit.Record(grant, BridgeAudit.QueryAssets, "350203196101010014", stored.Sha256)], actor);

        (await CountSnapshotsAsync(stored.Id)).ShouldBe(1);
        (await CountAuditAsync(stored.Sha256)).ShouldBe(1);
    }

    [Fact]
    public async Task A_snapshot_that_cannot_be_stored_takes_its_audit_entry_with_it()
    {
        var (writer, grant, actor) = Arrange();
        var stored = writer.Build(grant, "assets", new SubjectKey(false, "350203196101010014"), new QueryAssetsReply(), fromCache: false, "first");
        await writer.SaveAuditedAsync([stored], [BridgeAudit.Record(grant, BridgeAudit.QueryAssets, "first", stored.Sha256)], actor);

        // The same snapshot id again: its insert fails, so the second audit entry must not remain either.
        await Should.ThrowAsync<DbUpdateException>(() =>
            writer.SaveAuditedAsync([stored], [BridgeAudit.Record(grant, BridgeAudit.QueryAssets, "second", stored.Sha256)], actor));

        await using var scope = _app.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<CourtDb>().AuditEntries;
        (await audit.CountAsync(e => e.Action == BridgeAudit.QueryAssets && e.Target == "first")).ShouldBe(1);
        (await audit.CountAsync(e => e.Action == BridgeAudit.QueryAssets && e.Target == "second")).ShouldBe(0);
    }

    private (SnapshotWriter Writer, GovDataGrant Grant, AuditActor Actor) Arrange()
    {
        _app.CreateClient().Dispose();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var grant = new GovDataGrant
        {
            Id = Guid.NewGuid(),
            CaseNumber = "（2026）闽0203执9号",
            Purpose = Purpose.EnforcementInvestigation,
            UserId = Guid.NewGuid(),
            UserName = "执行法官",
            Role = "EnforcementOfficer",
            Categories = [GovDataCategory.Assets],
            IssuedAt = now,
            ExpiresAt = now.AddMinutes(5),
        };
        return (_app.Services.GetRequiredService<SnapshotWriter>(), grant, new AuditActor(grant.UserId, grant.UserName, grant.Role, "ipv4:127.0.0.1:1"));
    }

    private async Task<int> CountSnapshotsAsync(Guid id)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BridgeDb>().Snapshots.CountAsync(s => s.Id == id);
    }

    private async Task<int> CountAuditAsync(string sha)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CourtDb>().AuditEntries.CountAsync(e => e.ResultHash == sha);
    }
}
