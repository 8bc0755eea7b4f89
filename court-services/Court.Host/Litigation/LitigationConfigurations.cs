using Court.Host.Litigation.Filings;
using Court.Host.Litigation.Lawyers;
using Court.Host.Litigation.Mediation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Court.Host.Litigation;

internal sealed class OnlineFilingConfiguration : IEntityTypeConfiguration<OnlineFiling>
{
    public void Configure(EntityTypeBuilder<OnlineFiling> b)
    {
        b.ToTable("OnlineFilings");
        b.Property(f => f.Reference).HasMaxLength(OnlineFiling.ReferenceMaxLength);
        b.Property(f => f.KindSlug).HasMaxLength(40);
        b.Property(f => f.CourtCode).HasMaxLength(16);
        b.Property(f => f.Claims).HasMaxLength(OnlineFiling.TextMaxLength);
        b.Property(f => f.FactsAndReasons).HasMaxLength(OnlineFiling.TextMaxLength);
        b.Property(f => f.FeeBasis).HasMaxLength(400);
        b.Property(f => f.CorrectionItems).HasMaxLength(OnlineFiling.TextMaxLength);
        b.Property(f => f.RejectionReason).HasMaxLength(OnlineFiling.TextMaxLength);
        b.Property(f => f.CaseNumber).HasMaxLength(64);
        b.Property(f => f.SubmissionKey).HasMaxLength(100);
        b.Property(f => f.ClaimAmount).HasPrecision(18, 2);
        b.Property(f => f.Fee).HasPrecision(18, 2);
        b.Property(f => f.Version).IsConcurrencyToken();
        b.HasIndex(f => f.Reference).IsUnique();
        b.HasIndex(f => f.FiledById);
        b.HasIndex(f => new { f.Status, f.ReviewDueOn });
        b.HasIndex(f => f.CaseId);
        b.HasMany(f => f.Parties).WithOne().HasForeignKey(p => p.FilingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FilingPartyConfiguration : IEntityTypeConfiguration<FilingParty>
{
    public void Configure(EntityTypeBuilder<FilingParty> b)
    {
        b.ToTable("FilingParties");
        b.Property(p => p.Name).HasMaxLength(FilingParty.NameMaxLength);
        b.Property(p => p.IdentifierNumber).HasMaxLength(18);
        b.Property(p => p.Representative).HasMaxLength(100);
        b.Property(p => p.Address).HasMaxLength(FilingParty.AddressMaxLength);
        b.Property(p => p.PostalAddress).HasMaxLength(FilingParty.AddressMaxLength);
        b.Property(p => p.Phone).HasMaxLength(20);
        b.Property(p => p.Email).HasMaxLength(200);
        b.HasIndex(p => p.FilingId);
    }
}

internal sealed class FilingDocumentConfiguration : IEntityTypeConfiguration<FilingDocument>
{
    public void Configure(EntityTypeBuilder<FilingDocument> b)
    {
        b.ToTable("FilingDocuments");
        b.Property(d => d.Kind).HasMaxLength(40);
        b.Property(d => d.Title).HasMaxLength(200);
        b.HasIndex(d => new { d.FilingId, d.Kind, d.Round }).IsUnique();
    }
}

internal sealed class LawyerProfileConfiguration : IEntityTypeConfiguration<LawyerProfile>
{
    public void Configure(EntityTypeBuilder<LawyerProfile> b)
    {
        b.ToTable("LawyerProfiles");
        b.HasKey(l => l.UserId);
        b.Property(l => l.LicenceNumber).HasMaxLength(17);
        b.Property(l => l.Firm).HasMaxLength(200);
        b.Property(l => l.RefusalReason).HasMaxLength(LawyerProfile.RefusalReasonMaxLength);
        b.HasIndex(l => l.LicenceNumber).IsUnique();
    }
}

internal sealed class PowerOfAttorneyGrantConfiguration : IEntityTypeConfiguration<PowerOfAttorneyGrant>
{
    public void Configure(EntityTypeBuilder<PowerOfAttorneyGrant> b)
    {
        b.ToTable("PowersOfAttorney");
        b.Property(p => p.ClientName).HasMaxLength(FilingParty.NameMaxLength);
        b.Property(p => p.ClientIdentifier).HasMaxLength(18);
        b.HasIndex(p => p.ClientUserId);
        b.HasIndex(p => p.LawyerUserId);
        b.HasIndex(p => p.FilingId);
        b.HasIndex(p => p.CaseId);
    }
}

internal sealed class PreFilingMediationConfiguration : IEntityTypeConfiguration<PreFilingMediation>
{
    public void Configure(EntityTypeBuilder<PreFilingMediation> b)
    {
        b.ToTable("PreFilingMediations");
        b.Property(m => m.OrganisationCode).HasMaxLength(40);
        b.Property(m => m.OrganisationName).HasMaxLength(200);
        b.Property(m => m.MediatorName).HasMaxLength(100);
        b.Property(m => m.AgreementTerms).HasMaxLength(OnlineFiling.TextMaxLength);
        b.Property(m => m.FailureReason).HasMaxLength(1000);
        b.HasIndex(m => m.FilingId).IsUnique();
    }
}
