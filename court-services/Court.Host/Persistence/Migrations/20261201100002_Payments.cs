using Court.Host.Litigation.Payments;
using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Court.Host.Persistence.Migrations;

/// <summary>Fee payments for online filing, verified provider notifications and refunds (docs/adr/0010).</summary>
[DbContext(typeof(CourtDb))]
[Migration("20261201100002_Payments")]
internal sealed class Payments : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        var schema = ModuleDatabase.SchemaFor(ActiveProvider, CourtDb.Module);

        mb.CreateTable("FeePayments", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            FilingId = t.Column<Guid>(nullable: false),
            PayerUserId = t.Column<Guid>(nullable: false),
            Amount = t.Column<decimal>(precision: 18, scale: 2, nullable: false),
            Description = t.Column<string>(maxLength: FeePayment.DescriptionMaxLength, nullable: false),
            Status = t.Column<string>(maxLength: 40, nullable: false),
            ProviderName = t.Column<string>(maxLength: 40, nullable: false),
            ProviderOrderId = t.Column<string>(maxLength: 64, nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            PaidAt = t.Column<DateTime>(nullable: true),
            RefundedAmount = t.Column<decimal>(precision: 18, scale: 2, nullable: false),
            Version = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_FeePayments", x => x.Id));
        mb.CreateIndex("IX_FeePayments_FilingId", "FeePayments", "FilingId", schema: schema, unique: true,
            filter: FeePaymentConfiguration.LiveFilter);
        mb.CreateIndex("IX_FeePayments_ProviderName_ProviderOrderId", "FeePayments", ["ProviderName", "ProviderOrderId"], schema: schema, unique: true);

        mb.CreateTable("PaymentNotificationReceipts", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ProviderName = t.Column<string>(maxLength: 40, nullable: false),
            NotificationId = t.Column<string>(maxLength: PaymentNotificationReceipt.NotificationIdMaxLength, nullable: false),
            PaymentId = t.Column<Guid>(nullable: false),
            ReceivedAt = t.Column<DateTime>(nullable: false),
            Outcome = t.Column<string>(maxLength: 40, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_PaymentNotificationReceipts", x => x.Id));
        mb.CreateIndex("IX_PaymentNotificationReceipts_ProviderName_NotificationId", "PaymentNotificationReceipts",
            ["ProviderName", "NotificationId"], schema: schema, unique: true);
        mb.CreateIndex("IX_PaymentNotificationReceipts_PaymentId", "PaymentNotificationReceipts", "PaymentId", schema: schema);

        mb.CreateTable("FeeRefunds", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            PaymentId = t.Column<Guid>(nullable: false),
            Amount = t.Column<decimal>(precision: 18, scale: 2, nullable: false),
            Reason = t.Column<string>(maxLength: FeeRefund.ReasonMaxLength, nullable: false),
            Status = t.Column<string>(maxLength: 40, nullable: false),
            RequestedAt = t.Column<DateTime>(nullable: false),
            CompletedAt = t.Column<DateTime>(nullable: true),
            ProviderRefundId = t.Column<string>(maxLength: 100, nullable: true),
            FailureReason = t.Column<string>(maxLength: 500, nullable: true),
            IdempotencyKey = t.Column<string>(maxLength: FeeRefund.IdempotencyKeyMaxLength, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_FeeRefunds", x => x.Id));
        mb.CreateIndex("IX_FeeRefunds_IdempotencyKey", "FeeRefunds", "IdempotencyKey", schema: schema, unique: true);
        mb.CreateIndex("IX_FeeRefunds_PaymentId", "FeeRefunds", "PaymentId", schema: schema);
    }
}
