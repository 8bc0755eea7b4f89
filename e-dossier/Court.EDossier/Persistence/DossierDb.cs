using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Court.EDossier.Persistence;

/// <summary>The e-dossier's tables: dossiers, the documents and their pages, where each sits, and archive packages.</summary>
internal sealed class DossierDb(DbContextOptions<DossierDb> options) : DbContext(options)
{
    public const string Module = "dossier";

    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<StoredDocument> Documents => Set<StoredDocument>();
    public DbSet<DocumentPage> Pages => Set<DocumentPage>();
    public DbSet<DossierItem> Items => Set<DossierItem>();
    public DbSet<DossierArchive> Archives => Set<DossierArchive>();
    public DbSet<ServedCopy> ServedCopies => Set<ServedCopy>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(this, Module);

        modelBuilder.Entity<Dossier>(e =>
        {
            e.ToTable("Dossiers");
            e.HasIndex(d => d.CaseId).IsUnique();
            e.HasIndex(d => d.FilingDraftId).IsUnique();
            e.HasMany(d => d.Items).WithOne().HasForeignKey(i => i.DossierId);
        });

        modelBuilder.Entity<StoredDocument>(e =>
        {
            e.ToTable("Documents");
            e.Property(d => d.Sha256).HasMaxLength(64);
            e.Property(d => d.OriginalSha256).HasMaxLength(64);
            e.Property(d => d.Fingerprint).HasMaxLength(64);
            e.Property(d => d.SourceKind).HasMaxLength(20);
            e.Property(d => d.FileName).HasMaxLength(200);
            e.Property(d => d.CourtDocumentKind).HasMaxLength(40);
            e.Property(d => d.IssuedBy).HasMaxLength(100);
            e.Property(d => d.IssuedInCase).HasMaxLength(60);
            e.HasIndex(d => d.Sha256);
            e.HasIndex(d => d.Fingerprint);
            e.HasMany(d => d.Pages).WithOne().HasForeignKey(p => p.DocumentId);
        });

        modelBuilder.Entity<DocumentPage>(e =>
        {
            e.ToTable("Pages");
            e.HasKey(p => new { p.DocumentId, p.PageNumber });
            e.HasIndex(p => p.Source);
        });

        modelBuilder.Entity<DossierItem>(e =>
        {
            e.ToTable("Items");
            e.Property(i => i.Title).HasMaxLength(200);
            e.Property(i => i.AddedByName).HasMaxLength(256);
            e.Property(i => i.SourceStep).HasMaxLength(60);
            e.Property(i => i.TransferredFromCaseNumber).HasMaxLength(60);
            e.HasOne(i => i.Document).WithMany().HasForeignKey(i => i.DocumentId);
            e.HasIndex(i => new { i.DossierId, i.Sequence }).IsUnique();
            e.HasIndex(i => i.DocumentId);
        });

        modelBuilder.Entity<DossierArchive>(e =>
        {
            e.ToTable("Archives");
            e.Property(a => a.CreatedByName).HasMaxLength(256);
            e.Property(a => a.ManifestSha256).HasMaxLength(64);
            e.Property(a => a.MergedSha256).HasMaxLength(64);
            e.HasIndex(a => new { a.DossierId, a.CreatedAt });
        });

        modelBuilder.Entity<ServedCopy>(e =>
        {
            e.ToTable("ServedCopies");
            e.Property(c => c.Sha256).HasMaxLength(64);
            e.Property(c => c.RecipientName).HasMaxLength(256);
            e.Property(c => c.Title).HasMaxLength(200);
            e.Property(c => c.CaseNumber).HasMaxLength(60);
            e.Property(c => c.CourtName).HasMaxLength(100);
            e.HasIndex(c => c.Sha256);
        });
    }

    // Search triggers on SQLite call dossier_bigrams() (migration 20261201000002_Search).
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(new Search.SqliteSearchFunctions());

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
}
