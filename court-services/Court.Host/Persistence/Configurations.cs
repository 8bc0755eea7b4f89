using Court.Host.Audit;
using Court.Host.Cases;
using Court.Host.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Court.Host.Persistence;

internal sealed class CourtUserConfiguration : IEntityTypeConfiguration<CourtUser>
{
    public void Configure(EntityTypeBuilder<CourtUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(200);
        b.Property(u => u.IdentifierNumber).HasMaxLength(18);
        // One account per ID number or credit code (ADR 0014); NULLs (court staff without one) do not collide on either provider.
        b.HasIndex(u => u.IdentifierNumber).IsUnique();
        b.Property(u => u.IdentityVerifiedBy).HasMaxLength(256);
        b.Property(u => u.MediationOrganisationCode).HasMaxLength(40);
        b.Property(u => u.LegalRepresentativeName).HasMaxLength(50);
        b.Property(u => u.LegalRepresentativeIdNumber).HasMaxLength(18);
        b.Property(u => u.IntegrityPledgeVersion).HasMaxLength(20);
        b.Ignore(u => u.IdentityVerified);
    }
}

internal sealed class CaseRecordConfiguration : IEntityTypeConfiguration<CaseRecord>
{
    public void Configure(EntityTypeBuilder<CaseRecord> b)
    {
        b.ToTable("Cases");
        b.Property(c => c.Number).HasMaxLength(64);
        b.Property(c => c.CourtCode).HasMaxLength(16);
        b.Property(c => c.TypeCode).HasMaxLength(16);
        b.Property(c => c.Title).HasMaxLength(200);
        b.Property(c => c.QueryCode).HasMaxLength(8);
        b.HasIndex(c => c.Number).IsUnique();
        b.HasIndex(c => new { c.CourtCode, c.TypeCode, c.Year, c.Sequence }).IsUnique();
        b.HasIndex(c => c.ArisesFromCaseId);
        b.HasMany(c => c.Participants).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseParticipantConfiguration : IEntityTypeConfiguration<CaseParticipant>
{
    public void Configure(EntityTypeBuilder<CaseParticipant> b)
    {
        b.ToTable("CaseParticipants");
        b.HasIndex(p => new { p.CaseId, p.UserId, p.Role }).IsUnique();
        b.HasIndex(p => p.UserId);
    }
}

internal sealed class CaseNumberSequenceConfiguration : IEntityTypeConfiguration<CaseNumberSequence>
{
    public void Configure(EntityTypeBuilder<CaseNumberSequence> b)
    {
        b.ToTable("CaseNumberSequences");
        b.HasKey(s => new { s.CourtCode, s.TypeCode, s.Year });
        b.Property(s => s.CourtCode).HasMaxLength(16);
        b.Property(s => s.TypeCode).HasMaxLength(16);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.Property(a => a.UserName).HasMaxLength(256);
        b.Property(a => a.Role).HasMaxLength(64);
        b.Property(a => a.Action).HasMaxLength(100);
        b.Property(a => a.CaseNumber).HasMaxLength(64);
        b.Property(a => a.Purpose).HasMaxLength(100);
        b.Property(a => a.Target).HasMaxLength(300);
        b.Property(a => a.ResultHash).HasMaxLength(64);
        b.Property(a => a.Outcome).HasMaxLength(40);
        b.Property(a => a.RemoteAddress).HasMaxLength(64);
        b.Property(a => a.PreviousHash).HasMaxLength(64);
        b.Property(a => a.Hash).HasMaxLength(64);
        // One successor per entry: two writers that read the same head cannot both append (the chain cannot fork).
        b.HasIndex(a => a.PreviousHash).IsUnique();
        b.HasIndex(a => a.CaseId);
        b.HasIndex(a => a.UserId);
        b.HasIndex(a => a.At);
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> b)
    {
        b.ToTable("DataProtectionKeys");
        b.Property(k => k.FriendlyName).HasMaxLength(200);
    }
}
