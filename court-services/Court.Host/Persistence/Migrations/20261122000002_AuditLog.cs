using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Court.Host.Persistence.Migrations;

/// <summary>Version 2: the append-only audit log and the shared data-protection key ring.</summary>
[DbContext(typeof(CourtDb))]
[Migration("20261122000002_AuditLog")]
internal sealed class AuditLog : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        var schema = ModuleDatabase.SchemaFor(ActiveProvider, CourtDb.Module);

        mb.CreateTable("AuditEntries", schema: schema, columns: t => new
        {
            Id = t.Column<long>(nullable: false).Identity(),
            At = t.Column<DateTime>(nullable: false),
            UserId = t.Column<Guid>(nullable: true),
            UserName = t.Column<string>(maxLength: 256, nullable: true),
            Role = t.Column<string>(maxLength: 64, nullable: true),
            Action = t.Column<string>(maxLength: 100, nullable: false),
            CaseId = t.Column<Guid>(nullable: true),
            CaseNumber = t.Column<string>(maxLength: 64, nullable: true),
            Purpose = t.Column<string>(maxLength: 100, nullable: true),
            Target = t.Column<string>(maxLength: 300, nullable: true),
            ResultHash = t.Column<string>(maxLength: 64, nullable: true),
            Outcome = t.Column<string>(maxLength: 40, nullable: false),
            RemoteAddress = t.Column<string>(maxLength: 64, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_AuditEntries", x => x.Id));
        mb.CreateIndex("IX_AuditEntries_CaseId", "AuditEntries", "CaseId", schema: schema);
        mb.CreateIndex("IX_AuditEntries_UserId", "AuditEntries", "UserId", schema: schema);
        mb.CreateIndex("IX_AuditEntries_At", "AuditEntries", "At", schema: schema);

        if (schema is not null)
        {
            // Append-only below the application too: no role may change or remove an audit entry.
            mb.Sql($"""
                CREATE FUNCTION "{schema}".refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit log is append-only: % refused', TG_OP;
                END $$;
                CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "{schema}"."AuditEntries"
                    FOR EACH STATEMENT EXECUTE FUNCTION "{schema}".refuse_audit_change();
                """);
        }
        else
        {
            mb.Sql("""
                CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON AuditEntries
                BEGIN SELECT RAISE(ABORT, 'audit log is append-only: UPDATE refused'); END;
                """);
            mb.Sql("""
                CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON AuditEntries
                BEGIN SELECT RAISE(ABORT, 'audit log is append-only: DELETE refused'); END;
                """);
        }

        mb.CreateTable("DataProtectionKeys", schema: schema, columns: t => new
        {
            Id = t.Column<int>(nullable: false).Identity(),
            FriendlyName = t.Column<string>(maxLength: 200, nullable: true),
            Xml = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_DataProtectionKeys", x => x.Id));
    }
}
