using Court.Host.Litigation.Progress;
using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Court.Host.Persistence.Migrations;

/// <summary>Case progress (issue 5 item 10): progress nodes, and every case's 查询码 — existing cases get a random one here.</summary>
[DbContext(typeof(CourtDb))]
[Migration("20261201100004_Progress")]
internal sealed class Progress : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        var schema = ModuleDatabase.SchemaFor(ActiveProvider, CourtDb.Module);
        var postgres = schema is not null;

        mb.AddColumn<string>("QueryCode", "Cases", schema: schema, maxLength: 8, nullable: false, defaultValue: "");
        mb.Sql($"""UPDATE {ModuleDatabase.QualifiedTable(ActiveProvider, CourtDb.Module, "Cases")} SET "QueryCode" = {RandomCode(postgres)}""");
        if (postgres) mb.Sql($"""ALTER TABLE "{schema}"."Cases" ALTER COLUMN "QueryCode" DROP DEFAULT""");

        mb.CreateTable("ProgressNodes", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            FilingId = t.Column<Guid>(nullable: true),
            CaseId = t.Column<Guid>(nullable: true),
            Kind = t.Column<string>(maxLength: 40, nullable: false),
            At = t.Column<DateTime>(nullable: false),
            PublicNote = t.Column<string>(maxLength: ProgressNode.PublicNoteMaxLength, nullable: false),
            PartyDetail = t.Column<string>(maxLength: ProgressNode.PartyDetailMaxLength, nullable: true),
            RecordedBy = t.Column<Guid>(nullable: true),
            IdempotencyKey = t.Column<string>(maxLength: ProgressNode.IdempotencyKeyMaxLength, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ProgressNodes", x => x.Id);
            t.ForeignKey("FK_ProgressNodes_Cases_CaseId", x => x.CaseId, "Cases", "Id", principalSchema: schema, onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_ProgressNodes_IdempotencyKey", "ProgressNodes", "IdempotencyKey", schema: schema, unique: true);
        mb.CreateIndex("IX_ProgressNodes_CaseId_At", "ProgressNodes", ["CaseId", "At"], schema: schema);
        mb.CreateIndex("IX_ProgressNodes_FilingId_At", "ProgressNodes", ["FilingId", "At"], schema: schema);
    }

    /// <summary>
    /// An SQL expression for one code of <see cref="QueryCode.Alphabet"/>, drawn afresh for each row from the database's
    /// cryptographic generator: SQLite's random() (ChaCha20 seeded by the OS), PostgreSQL's gen_random_uuid() (pg_strong_random).
    /// 2^31 and 2^16 are so much larger than the alphabet that the modulo's bias is below one in 30,000.
    /// </summary>
    private static string RandomCode(bool postgres)
    {
        var alphabet = $"'{QueryCode.Alphabet}'";
        var n = QueryCode.Alphabet.Length;
        var one = postgres
            ? $"substr({alphabet}, 1 + ((get_byte(uuid_send(gen_random_uuid()), 0) * 256 + get_byte(uuid_send(gen_random_uuid()), 1)) % {n}), 1)"
            : $"substr({alphabet}, 1 + ((random() & 2147483647) % {n}), 1)";
        return string.Join(" || ", Enumerable.Repeat(one, QueryCode.Length));
    }
}
