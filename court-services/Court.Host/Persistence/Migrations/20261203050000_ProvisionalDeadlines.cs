using Court.Host.Calendar;
using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Court.Host.Persistence.Migrations;

/// <summary>
/// Years without the State Council's notice (DOMAIN.md §6): the notices the court admin loads, and the deadlines counted provisionally
/// so that a loaded notice counts them again.
/// </summary>
[DbContext(typeof(CourtDb))]
[Migration("20261203050000_ProvisionalDeadlines")]
internal sealed class ProvisionalDeadlines : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        var schema = ModuleDatabase.SchemaFor(ActiveProvider, CourtDb.Module);

        mb.CreateTable("HolidayNotices", schema: schema, columns: t => new
        {
            Year = t.Column<int>(nullable: false),
            Source = t.Column<string>(maxLength: 400, nullable: false),
            Json = t.Column<string>(maxLength: HolidayNoticeRecord.JsonMaxLength, nullable: false),
            LoadedById = t.Column<Guid>(nullable: false),
            LoadedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_HolidayNotices", x => x.Year));

        mb.CreateTable("ProvisionalDeadlines", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(maxLength: 40, nullable: false),
            SubjectId = t.Column<Guid>(nullable: false),
            Start = t.Column<DateOnly>(nullable: false),
            Length = t.Column<int>(nullable: false),
            Unit = t.Column<string>(maxLength: 40, nullable: false),
            End = t.Column<DateOnly>(nullable: false),
            Label = t.Column<string>(maxLength: ProvisionalDeadline.LabelMaxLength, nullable: false),
            Link = t.Column<string>(maxLength: ProvisionalDeadline.LinkMaxLength, nullable: false),
            Recipients = t.Column<string>(maxLength: 2000, nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            SettledAt = t.Column<DateTime>(nullable: true),
            SettledById = t.Column<Guid>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_ProvisionalDeadlines", x => x.Id));
        mb.CreateIndex("IX_ProvisionalDeadlines_SubjectId_Kind", "ProvisionalDeadlines", ["SubjectId", "Kind"], schema: schema);
        mb.CreateIndex("IX_ProvisionalDeadlines_SettledAt", "ProvisionalDeadlines", "SettledAt", schema: schema);
    }
}
