using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Court.Host.Persistence.Migrations;

/// <summary>Related cases (issue 11 finding 7, ADR 0013): the earlier case a case arises from, and how. Existing cases have none.</summary>
[DbContext(typeof(CourtDb))]
[Migration("20261203020000_RelatedCases")]
internal sealed class RelatedCases : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        var schema = ModuleDatabase.SchemaFor(ActiveProvider, CourtDb.Module);
        mb.AddColumn<Guid>("ArisesFromCaseId", "Cases", schema: schema, nullable: true);
        mb.AddColumn<string>("ArisesAs", "Cases", schema: schema, maxLength: 40, nullable: true);
        mb.CreateIndex("IX_Cases_ArisesFromCaseId", "Cases", "ArisesFromCaseId", schema: schema);
    }
}
