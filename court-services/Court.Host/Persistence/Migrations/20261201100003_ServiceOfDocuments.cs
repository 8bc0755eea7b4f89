using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Court.Host.Persistence.Migrations;

/// <summary>送达记录: each document served on each recipient, electronically (delivered, opened, its receipt) or by post.</summary>
[DbContext(typeof(CourtDb))]
[Migration("20261201100003_ServiceOfDocuments")]
internal sealed class ServiceOfDocuments : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        var schema = ModuleDatabase.SchemaFor(ActiveProvider, CourtDb.Module);

        mb.CreateTable("ServiceRecords", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            OwnerId = t.Column<Guid>(nullable: false),
            OwnerIsFilingDraft = t.Column<bool>(nullable: false),
            CaseNumberOrReference = t.Column<string>(maxLength: 64, nullable: false),
            CourtName = t.Column<string>(maxLength: 100, nullable: false),
            DocumentId = t.Column<Guid>(nullable: false),
            DocumentTitle = t.Column<string>(maxLength: 200, nullable: false),
            RecipientUserId = t.Column<Guid>(nullable: true),
            RecipientName = t.Column<string>(maxLength: 100, nullable: false),
            RecipientSide = t.Column<string>(maxLength: 20, nullable: false),
            RecipientPhone = t.Column<string>(maxLength: 32, nullable: true),
            RecipientPostalAddress = t.Column<string>(maxLength: 300, nullable: true),
            Method = t.Column<string>(maxLength: 40, nullable: false),
            Status = t.Column<string>(maxLength: 40, nullable: false),
            DeliveredAt = t.Column<DateTime>(nullable: true),
            OpenedAt = t.Column<DateTime>(nullable: true),
            PostalSentAt = t.Column<DateTime>(nullable: true),
            NotificationId = t.Column<Guid>(nullable: true),
            ReceiptDocumentId = t.Column<Guid>(nullable: true),
            ReceiptClaimedAt = t.Column<DateTime>(nullable: true),
            ServedByName = t.Column<string>(maxLength: 100, nullable: false),
            ServedByUserId = t.Column<Guid>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
            IdempotencyKey = t.Column<string>(maxLength: 200, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ServiceRecords", x => x.Id));
        mb.CreateIndex("IX_ServiceRecords_IdempotencyKey", "ServiceRecords", "IdempotencyKey", schema: schema, unique: true);
        mb.CreateIndex("IX_ServiceRecords_RecipientUserId_DeliveredAt", "ServiceRecords", ["RecipientUserId", "DeliveredAt"], schema: schema);
        mb.CreateIndex("IX_ServiceRecords_Status_OwnerId", "ServiceRecords", ["Status", "OwnerId"], schema: schema);
    }
}
