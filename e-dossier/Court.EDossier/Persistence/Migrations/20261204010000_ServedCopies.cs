using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Court.EDossier.Persistence.Migrations;

/// <summary>Version 3: every copy handed out (a watermarked reading copy), by the SHA-256 of its bytes, so that it verifies (ADR 0017).</summary>
[DbContext(typeof(DossierDb))]
[Migration("20261204010000_ServedCopies")]
internal sealed class ServedCopies : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        var schema = ModuleDatabase.SchemaFor(ActiveProvider, DossierDb.Module);
        mb.CreateTable("ServedCopies", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Sha256 = t.Column<string>(maxLength: 64, nullable: false),
            Kind = t.Column<int>(nullable: false),
            OriginalDocumentId = t.Column<Guid>(nullable: true),
            RecipientUserId = t.Column<Guid>(nullable: true),
            RecipientName = t.Column<string>(maxLength: 256, nullable: false),
            ServedAt = t.Column<DateTime>(nullable: false),
            Title = t.Column<string>(maxLength: 200, nullable: false),
            CaseNumber = t.Column<string>(maxLength: 60, nullable: true),
            CourtName = t.Column<string>(maxLength: 100, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_ServedCopies", x => x.Id));
        mb.CreateIndex("IX_ServedCopies_Sha256", "ServedCopies", "Sha256", schema: schema);
    }

    protected override void Down(MigrationBuilder mb) =>
        mb.DropTable("ServedCopies", schema: ModuleDatabase.SchemaFor(ActiveProvider, DossierDb.Module));
}
