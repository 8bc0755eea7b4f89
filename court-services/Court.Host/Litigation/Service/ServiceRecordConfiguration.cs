using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Court.Host.Litigation.Service;

internal sealed class ServiceRecordConfiguration : IEntityTypeConfiguration<ServiceRecord>
{
    public void Configure(EntityTypeBuilder<ServiceRecord> b)
    {
        b.ToTable("ServiceRecords");
        b.Ignore(r => r.Owner);
        b.Property(r => r.CaseNumberOrReference).HasMaxLength(ServiceRecord.ReferenceMaxLength);
        b.Property(r => r.CourtName).HasMaxLength(ServiceRecord.NameMaxLength);
        b.Property(r => r.DocumentTitle).HasMaxLength(ServiceRecord.TitleMaxLength);
        b.Property(r => r.RecipientName).HasMaxLength(ServiceRecord.NameMaxLength);
        b.Property(r => r.RecipientSide).HasMaxLength(ServiceRecord.SideMaxLength);
        b.Property(r => r.RecipientPhone).HasMaxLength(ServiceRecord.PhoneMaxLength);
        b.Property(r => r.RecipientPostalAddress).HasMaxLength(ServiceRecord.AddressMaxLength);
        b.Property(r => r.ServedByName).HasMaxLength(ServiceRecord.NameMaxLength);
        b.Property(r => r.IdempotencyKey).HasMaxLength(ServiceRecord.IdempotencyKeyMaxLength);
        b.HasIndex(r => r.IdempotencyKey).IsUnique();
        b.HasIndex(r => new { r.RecipientUserId, r.DeliveredAt });
        b.HasIndex(r => new { r.Status, r.OwnerId });
    }
}
