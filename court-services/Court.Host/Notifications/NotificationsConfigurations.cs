using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Court.Host.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("Notifications");
        b.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength);
        b.Property(n => n.Body).HasMaxLength(Notification.BodyMaxLength);
        b.Property(n => n.IdempotencyKey).HasMaxLength(Notification.IdempotencyKeyMaxLength);
        b.HasIndex(n => n.IdempotencyKey).IsUnique();
        b.HasIndex(n => new { n.UserId, n.CreatedAt });
        b.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        b.HasIndex(n => new { n.UserId, n.ReadAt });
    }
}

internal sealed class SmsOutboxMessageConfiguration : IEntityTypeConfiguration<SmsOutboxMessage>
{
    public void Configure(EntityTypeBuilder<SmsOutboxMessage> b)
    {
        b.ToTable("SmsOutbox");
        b.Property(m => m.Phone).HasMaxLength(SmsOutboxMessage.PhoneMaxLength);
        b.Property(m => m.Text).HasMaxLength(SmsOutboxMessage.TextMaxLength);
        b.Property(m => m.ProviderMessageId).HasMaxLength(100);
        b.Property(m => m.LastError).HasMaxLength(1000);
        b.Property(m => m.IdempotencyKey).HasMaxLength(Notification.IdempotencyKeyMaxLength);
        b.HasIndex(m => m.IdempotencyKey).IsUnique();
        b.HasIndex(m => new { m.Status, m.CreatedAt });
    }
}
