using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Court.EDossier.Persistence.Migrations;

/// <summary>Version 1: dossiers, documents and their pages, items with provenance, archive packages.</summary>
[DbContext(typeof(DossierDb))]
[Migration("20261201000001_Initial")]
internal sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        var schema = ModuleDatabase.SchemaFor(ActiveProvider, DossierDb.Module);
        if (schema is not null) mb.EnsureSchema(schema);

        mb.CreateTable("Dossiers", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            CaseId = t.Column<Guid>(nullable: true),
            FilingDraftId = t.Column<Guid>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
            SealedAt = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Dossiers", x => x.Id));
        mb.CreateIndex("IX_Dossiers_CaseId", "Dossiers", "CaseId", schema: schema, unique: true);
        mb.CreateIndex("IX_Dossiers_FilingDraftId", "Dossiers", "FilingDraftId", schema: schema, unique: true);

        mb.CreateTable("Documents", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Sha256 = t.Column<string>(maxLength: 64, nullable: false),
            SizeBytes = t.Column<long>(nullable: false),
            PageCount = t.Column<int>(nullable: false),
            SourceKind = t.Column<string>(maxLength: 20, nullable: false),
            FileName = t.Column<string>(maxLength: 200, nullable: false),
            OriginalSha256 = t.Column<string>(maxLength: 64, nullable: true),
            Fingerprint = t.Column<string>(maxLength: 64, nullable: true),
            CourtDocumentKind = t.Column<string>(maxLength: 40, nullable: true),
            IssuedBy = t.Column<string>(maxLength: 100, nullable: true),
            IssuedInCase = t.Column<string>(maxLength: 60, nullable: true),
            IssuedOn = t.Column<DateOnly>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Documents", x => x.Id));
        mb.CreateIndex("IX_Documents_Sha256", "Documents", "Sha256", schema: schema);
        mb.CreateIndex("IX_Documents_Fingerprint", "Documents", "Fingerprint", schema: schema);

        mb.CreateTable("Pages", schema: schema, columns: t => new
        {
            DocumentId = t.Column<Guid>(nullable: false),
            PageNumber = t.Column<int>(nullable: false),
            Source = t.Column<int>(nullable: false),
            Text = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Pages", x => new { x.DocumentId, x.PageNumber });
            t.ForeignKey("FK_Pages_Documents_DocumentId", x => x.DocumentId, "Documents", "Id", principalSchema: schema, onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_Pages_Source", "Pages", "Source", schema: schema);

        mb.CreateTable("Items", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            DossierId = t.Column<Guid>(nullable: false),
            DocumentId = t.Column<Guid>(nullable: false),
            Category = t.Column<int>(nullable: false),
            Volume = t.Column<int>(nullable: false),
            Title = t.Column<string>(maxLength: 200, nullable: false),
            Sequence = t.Column<long>(nullable: false),
            AddedAt = t.Column<DateTime>(nullable: false),
            AddedByUserId = t.Column<Guid>(nullable: true),
            AddedByName = t.Column<string>(maxLength: 256, nullable: false),
            SourceStep = t.Column<string>(maxLength: 60, nullable: false),
            TransferredFromItemId = t.Column<Guid>(nullable: true),
            TransferredFromCaseNumber = t.Column<string>(maxLength: 60, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Items", x => x.Id);
            t.ForeignKey("FK_Items_Dossiers_DossierId", x => x.DossierId, "Dossiers", "Id", principalSchema: schema, onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_Items_Documents_DocumentId", x => x.DocumentId, "Documents", "Id", principalSchema: schema, onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_Items_DossierId_Sequence", "Items", ["DossierId", "Sequence"], schema: schema, unique: true);
        mb.CreateIndex("IX_Items_DocumentId", "Items", "DocumentId", schema: schema);

        mb.CreateTable("Archives", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            DossierId = t.Column<Guid>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            CreatedByName = t.Column<string>(maxLength: 256, nullable: false),
            Manifest = t.Column<byte[]>(nullable: false),
            ManifestSha256 = t.Column<string>(maxLength: 64, nullable: false),
            Signature = t.Column<byte[]>(nullable: false),
            MergedSha256 = t.Column<string>(maxLength: 64, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Archives", x => x.Id));
        mb.CreateIndex("IX_Archives_DossierId_CreatedAt", "Archives", ["DossierId", "CreatedAt"], schema: schema);
    }
}
