using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Court.Host.Persistence.Migrations;

/// <summary>
/// Issue 11 finding 2 (ADR 0014): an account's identity is verified (when, by whom, how) before it links to parties; one account
/// per ID number or credit code; a lawyer's registration is pending until a clerk checks the licence.
/// </summary>
[DbContext(typeof(CourtDb))]
[Migration("20261203030000_VerifiedIdentities")]
internal sealed class VerifiedIdentities : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        var schema = ModuleDatabase.SchemaFor(ActiveProvider, CourtDb.Module);
        var users = ModuleDatabase.QualifiedTable(ActiveProvider, CourtDb.Module, "AspNetUsers");

        mb.AddColumn<DateTime>("IdentityVerifiedAt", "AspNetUsers", schema: schema, nullable: true);
        mb.AddColumn<string>("IdentityVerifiedBy", "AspNetUsers", schema: schema, maxLength: 256, nullable: true);
        mb.AddColumn<string>("IdentityVerification", "AspNetUsers", schema: schema, maxLength: 40, nullable: true);

        // A later account that claimed an ID number already held keeps its sign-in but loses the claim: none was ever verified.
        mb.Sql($"""
            UPDATE {users} AS u SET "IdentifierNumber" = NULL
            WHERE u."IdentifierNumber" IS NOT NULL AND EXISTS (SELECT 1 FROM {users} o WHERE o."IdentifierNumber" = u."IdentifierNumber"
              AND (o."CreatedAt" < u."CreatedAt" OR (o."CreatedAt" = u."CreatedAt" AND o."Id" < u."Id")))
            """);
        mb.CreateIndex("IX_AspNetUsers_IdentifierNumber", "AspNetUsers", "IdentifierNumber", schema: schema, unique: true);

        mb.AddColumn<DateTime>("VerifiedAt", "LawyerProfiles", schema: schema, nullable: true);
        mb.AddColumn<Guid>("VerifiedById", "LawyerProfiles", schema: schema, nullable: true);
    }
}
