using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Court.Host.Persistence.Migrations;

/// <summary>
/// Issue 12 points 9 and 10 (ADR 0018): litigants register with an SMS code (hashed codes, limits per phone and address), sign the
/// 诚信诉讼承诺书 (version, time), a legal person's representative is kept; a clerk may refuse a lawyer's registration with a reason;
/// an SMS may go to a phone no account holds yet.
/// </summary>
[DbContext(typeof(CourtDb))]
[Migration("20261204020000_Accounts")]
internal sealed class Accounts : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        var schema = ModuleDatabase.SchemaFor(ActiveProvider, CourtDb.Module);

        mb.CreateTable("PhoneCodes", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Phone = t.Column<string>(maxLength: 11, nullable: false),
            Purpose = t.Column<string>(maxLength: 40, nullable: false),
            CodeHash = t.Column<string>(maxLength: 100, nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            ExpiresAt = t.Column<DateTime>(nullable: false),
            RequestedFrom = t.Column<string>(maxLength: 64, nullable: false),
            FailedAttempts = t.Column<int>(nullable: false),
            UsedAt = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_PhoneCodes", x => x.Id));
        mb.CreateIndex("IX_PhoneCodes_Phone_CreatedAt", "PhoneCodes", ["Phone", "CreatedAt"], schema: schema);
        mb.CreateIndex("IX_PhoneCodes_RequestedFrom_CreatedAt", "PhoneCodes", ["RequestedFrom", "CreatedAt"], schema: schema);

        mb.AddColumn<string>("LegalRepresentativeName", "AspNetUsers", schema: schema, maxLength: 50, nullable: true);
        mb.AddColumn<string>("LegalRepresentativeIdNumber", "AspNetUsers", schema: schema, maxLength: 18, nullable: true);
        mb.AddColumn<string>("IntegrityPledgeVersion", "AspNetUsers", schema: schema, maxLength: 20, nullable: true);
        mb.AddColumn<DateTime>("IntegrityPledgeAcceptedAt", "AspNetUsers", schema: schema, nullable: true);

        mb.AddColumn<DateTime>("RefusedAt", "LawyerProfiles", schema: schema, nullable: true);
        mb.AddColumn<Guid>("RefusedById", "LawyerProfiles", schema: schema, nullable: true);
        mb.AddColumn<string>("RefusalReason", "LawyerProfiles", schema: schema, maxLength: 500, nullable: true);

        AllowSmsWithoutAccount(mb, schema);
    }

    /// <summary>
    /// <c>SmsOutbox.UserId</c> becomes nullable. On SQLite by hand, inside the migration's transaction: EF's own table rebuild
    /// (AlterColumn) hung here under the migration lock. The table has no foreign keys to keep.
    /// </summary>
    private static void AllowSmsWithoutAccount(MigrationBuilder mb, string? schema)
    {
        if (schema is not null)
        {
            mb.Sql($"ALTER TABLE \"{schema}\".\"SmsOutbox\" ALTER COLUMN \"UserId\" DROP NOT NULL;");
            return;
        }
        const string Columns = "\"Id\", \"UserId\", \"NotificationId\", \"Phone\", \"Text\", \"Status\", \"CreatedAt\", \"SentAt\", "
            + "\"ProviderMessageId\", \"LastError\", \"IdempotencyKey\"";
        mb.Sql("""
            CREATE TABLE "SmsOutbox_new" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_SmsOutbox" PRIMARY KEY,
                "UserId" TEXT NULL,
                "NotificationId" TEXT NULL,
                "Phone" TEXT NOT NULL,
                "Text" TEXT NOT NULL,
                "Status" TEXT NOT NULL,
                "CreatedAt" TEXT NOT NULL,
                "SentAt" TEXT NULL,
                "ProviderMessageId" TEXT NULL,
                "LastError" TEXT NULL,
                "IdempotencyKey" TEXT NULL
            );
            """);
        mb.Sql($"INSERT INTO \"SmsOutbox_new\" ({Columns}) SELECT {Columns} FROM \"SmsOutbox\";");
        mb.Sql("DROP TABLE \"SmsOutbox\";");
        mb.Sql("ALTER TABLE \"SmsOutbox_new\" RENAME TO \"SmsOutbox\";");
        mb.CreateIndex("IX_SmsOutbox_IdempotencyKey", "SmsOutbox", "IdempotencyKey", unique: true);
        mb.CreateIndex("IX_SmsOutbox_Status_CreatedAt", "SmsOutbox", ["Status", "CreatedAt"]);
    }
}
