using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Court.GovDataBridge.Persistence;

/// <summary>The bridge's own tables: query snapshots and the durable action queue.</summary>
internal sealed class BridgeDb(DbContextOptions<BridgeDb> options) : DbContext(options)
{
    public const string Module = "govdata";

    public DbSet<Snapshot> Snapshots => Set<Snapshot>();
    public DbSet<BridgeAction> Actions => Set<BridgeAction>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(this, Module);

        modelBuilder.Entity<Snapshot>(e =>
        {
            e.ToTable("Snapshots");
            e.Property(s => s.CaseNumber).HasMaxLength(60);
            e.Property(s => s.FilingReference).HasMaxLength(60);
            e.Property(s => s.Purpose).HasMaxLength(40);
            e.Property(s => s.Kind).HasMaxLength(40);
            e.Property(s => s.Subject).HasMaxLength(40);
            e.Property(s => s.ActingUserName).HasMaxLength(256);
            e.Property(s => s.RequestId).HasMaxLength(100);
            e.Property(s => s.Sha256).HasMaxLength(64);
            e.HasIndex(s => new { s.CaseId, s.RetrievedAt });
            e.HasIndex(s => new { s.CaseNumber, s.RetrievedAt });
        });

        modelBuilder.Entity<BridgeAction>(e =>
        {
            e.ToTable("Actions");
            e.HasKey(a => a.IdempotencyKey);
            e.Property(a => a.IdempotencyKey).HasMaxLength(200);
            e.Property(a => a.CaseNumber).HasMaxLength(60);
            e.Property(a => a.Kind).HasMaxLength(40);
            e.Property(a => a.Progress).HasMaxLength(40);
            e.Property(a => a.Subject).HasMaxLength(40);
            e.Property(a => a.ActingUserName).HasMaxLength(256);
            e.Property(a => a.PlatformActionId).HasMaxLength(100);
            e.Property(a => a.Detail).HasMaxLength(1000);
            e.Property(a => a.RequestSha256).HasMaxLength(64);
            e.HasIndex(a => new { a.CaseNumber, a.QueuedAt });
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
}
