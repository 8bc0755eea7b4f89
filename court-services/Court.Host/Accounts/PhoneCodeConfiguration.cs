using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Court.Host.Accounts;

internal sealed class PhoneCodeConfiguration : IEntityTypeConfiguration<PhoneCode>
{
    public void Configure(EntityTypeBuilder<PhoneCode> b)
    {
        b.ToTable("PhoneCodes");
        b.Property(c => c.Phone).HasMaxLength(11);
        b.Property(c => c.CodeHash).HasMaxLength(100);
        b.Property(c => c.RequestedFrom).HasMaxLength(64);
        b.HasIndex(c => new { c.Phone, c.CreatedAt });
        b.HasIndex(c => new { c.RequestedFrom, c.CreatedAt });
    }
}
