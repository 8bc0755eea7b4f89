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

        mb.AlterColumn<Guid>("UserId", "SmsOutbox", schema: schema, nullable: true, oldClrType: typeof(Guid), oldNullable: false);
    }
}
