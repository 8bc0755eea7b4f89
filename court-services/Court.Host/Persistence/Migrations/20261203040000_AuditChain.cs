using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Court.Host.Persistence.Migrations;

/// <summary>
/// The audit log's hash chain (issue 11 finding 14c, ADR 0015). Existing entries keep a null hash and are not rewritten
/// (the log is append-only): verification chains them in order and the first new entry links to the last of them.
/// </summary>
[DbContext(typeof(CourtDb))]
[Migration("20261203040000_AuditChain")]
internal sealed class AuditHashChain : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        var schema = ModuleDatabase.SchemaFor(ActiveProvider, CourtDb.Module);
        mb.AddColumn<string>("PreviousHash", "AuditEntries", schema: schema, maxLength: 64, nullable: true);
        mb.AddColumn<string>("Hash", "AuditEntries", schema: schema, maxLength: 64, nullable: true);
        mb.CreateIndex("IX_AuditEntries_PreviousHash", "AuditEntries", "PreviousHash", schema: schema, unique: true);
    }
}
