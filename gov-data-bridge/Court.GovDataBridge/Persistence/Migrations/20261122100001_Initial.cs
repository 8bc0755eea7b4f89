using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Court.GovDataBridge.Persistence.Migrations;

/// <summary>Version 1: query snapshots and the durable action queue.</summary>
[DbContext(typeof(BridgeDb))]
[Migration("20261122100001_Initial")]
internal sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        var schema = ModuleDatabase.SchemaFor(ActiveProvider, BridgeDb.Module);
        if (schema is not null) mb.EnsureSchema(schema);

        mb.CreateTable("Snapshots", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            CaseId = t.Column<Guid>(nullable: true),
            CaseNumber = t.Column<string>(maxLength: 60, nullable: false),
            FilingReference = t.Column<string>(maxLength: 60, nullable: false),
            Purpose = t.Column<string>(maxLength: 40, nullable: false),
            Kind = t.Column<string>(maxLength: 40, nullable: false),
            Subject = t.Column<string>(maxLength: 40, nullable: false),
            ActingUserId = t.Column<Guid>(nullable: false),
            ActingUserName = t.Column<string>(maxLength: 256, nullable: false),
            RequestId = t.Column<string>(maxLength: 100, nullable: false),
            RetrievedAt = t.Column<DateTime>(nullable: false),
            Content = t.Column<byte[]>(nullable: false),
            Sha256 = t.Column<string>(maxLength: 64, nullable: false),
            FromCache = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Snapshots", x => x.Id));
        mb.CreateIndex("IX_Snapshots_CaseId_RetrievedAt", "Snapshots", ["CaseId", "RetrievedAt"], schema: schema);
        mb.CreateIndex("IX_Snapshots_CaseNumber_RetrievedAt", "Snapshots", ["CaseNumber", "RetrievedAt"], schema: schema);

        mb.CreateTable("Actions", schema: schema, columns: t => new
        {
            IdempotencyKey = t.Column<string>(maxLength: 200, nullable: false),
            CaseId = t.Column<Guid>(nullable: true),
            CaseNumber = t.Column<string>(maxLength: 60, nullable: false),
            Kind = t.Column<string>(maxLength: 40, nullable: false),
            Subject = t.Column<string>(maxLength: 40, nullable: false),
            Request = t.Column<byte[]>(nullable: false),
            RequestSha256 = t.Column<string>(maxLength: 64, nullable: false),
            ActingUserId = t.Column<Guid>(nullable: false),
            ActingUserName = t.Column<string>(maxLength: 256, nullable: false),
            Progress = t.Column<string>(maxLength: 40, nullable: false),
            PlatformActionId = t.Column<string>(maxLength: 100, nullable: true),
            Detail = t.Column<string>(maxLength: 1000, nullable: true),
            Attempts = t.Column<int>(nullable: false),
            QueuedAt = t.Column<DateTime>(nullable: false),
            UpdatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Actions", x => x.IdempotencyKey));
        mb.CreateIndex("IX_Actions_CaseNumber_QueuedAt", "Actions", ["CaseNumber", "QueuedAt"], schema: schema);
    }
}
