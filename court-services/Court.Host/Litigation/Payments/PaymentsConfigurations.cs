using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Court.Host.Litigation.Payments;

internal sealed class FeePaymentConfiguration : IEntityTypeConfiguration<FeePayment>
{
    /// <summary>Same text on SQLite and PostgreSQL; the migration uses it too.</summary>
    public const string LiveFilter = "\"Status\" <> 'Cancelled'";

    public void Configure(EntityTypeBuilder<FeePayment> b)
    {
        b.ToTable("FeePayments");
        b.Property(p => p.Amount).HasPrecision(18, 2);
        b.Property(p => p.RefundedAmount).HasPrecision(18, 2);
        b.Property(p => p.Description).HasMaxLength(FeePayment.DescriptionMaxLength);
        b.Property(p => p.ProviderName).HasMaxLength(40);
        b.Property(p => p.ProviderOrderId).HasMaxLength(64);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.Refundable);
        b.Ignore(p => p.RefundDue);
        // One live order per filing, enforced by the database so two concurrent opens cannot both create one.
        b.HasIndex(p => p.FilingId).IsUnique().HasFilter(LiveFilter);
        b.HasIndex(p => new { p.ProviderName, p.ProviderOrderId }).IsUnique();
    }
}

internal sealed class PaymentNotificationReceiptConfiguration : IEntityTypeConfiguration<PaymentNotificationReceipt>
{
    public void Configure(EntityTypeBuilder<PaymentNotificationReceipt> b)
    {
        b.ToTable("PaymentNotificationReceipts");
        b.Property(r => r.ProviderName).HasMaxLength(40);
        b.Property(r => r.NotificationId).HasMaxLength(PaymentNotificationReceipt.NotificationIdMaxLength);
        b.HasIndex(r => new { r.ProviderName, r.NotificationId }).IsUnique();
        b.HasIndex(r => r.PaymentId);
    }
}

internal sealed class FeeRefundConfiguration : IEntityTypeConfiguration<FeeRefund>
{
    public void Configure(EntityTypeBuilder<FeeRefund> b)
    {
        b.ToTable("FeeRefunds");
        b.Property(r => r.Amount).HasPrecision(18, 2);
        b.Property(r => r.Reason).HasMaxLength(FeeRefund.ReasonMaxLength);
        b.Property(r => r.ProviderRefundId).HasMaxLength(100);
        b.Property(r => r.FailureReason).HasMaxLength(500);
        b.Property(r => r.IdempotencyKey).HasMaxLength(FeeRefund.IdempotencyKeyMaxLength);
        b.HasIndex(r => r.IdempotencyKey).IsUnique();
        b.HasIndex(r => r.PaymentId);
    }
}
