using Court.Host.Notifications;
using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Court.Host.Persistence.Migrations;

/// <summary>
/// Issue 12 points 14, 19 and 22 (ADR 0020): a filing party keeps the registry status its lookup saw; a message links to the page
/// it is about and the header counts the unread ones by index; a mediator belongs to one mediation organisation and sees only its
/// mediations; an account created or reset by the court admin must change its temporary password.
/// </summary>
[DbContext(typeof(CourtDb))]
[Migration("20261204040000_Issue12AdminAndPortals")]
internal sealed class Issue12AdminAndPortals : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        var schema = ModuleDatabase.SchemaFor(ActiveProvider, CourtDb.Module);

        mb.AddColumn<string>("Link", "Notifications", schema: schema, maxLength: Notification.LinkMaxLength, nullable: true);
        mb.CreateIndex("IX_Notifications_UserId_ReadAt", "Notifications", ["UserId", "ReadAt"], schema: schema);

        mb.AddColumn<string>("MediationOrganisationCode", "AspNetUsers", schema: schema, maxLength: 40, nullable: true);
        // Point 21: an account the admin created or reset signs in with a temporary password that only opens 修改密码.
        mb.AddColumn<bool>("MustChangePassword", "AspNetUsers", schema: schema, nullable: false, defaultValue: false);

        // Issue 12 point 14: the registry status a lookup saw, so a defendant in liquidation is flagged to filer and clerk.
        mb.AddColumn<string>("RegisteredStatus", "FilingParties", schema: schema, maxLength: 40, nullable: true);
    }
}
