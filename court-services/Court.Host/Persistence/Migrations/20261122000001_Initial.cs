using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Court.Host.Persistence.Migrations;

/// <summary>Version 1: identity and the case register.</summary>
[DbContext(typeof(CourtDb))]
[Migration("20261122000001_Initial")]
internal sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        var schema = ModuleDatabase.SchemaFor(ActiveProvider, CourtDb.Module);
        if (schema is not null) mb.EnsureSchema(schema);

        mb.CreateTable("AspNetRoles", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(maxLength: 256, nullable: true),
            NormalizedName = t.Column<string>(maxLength: 256, nullable: true),
            ConcurrencyStamp = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_AspNetRoles", x => x.Id));

        mb.CreateTable("AspNetUsers", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            DisplayName = t.Column<string>(maxLength: 200, nullable: false),
            IdentifierNumber = t.Column<string>(maxLength: 18, nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
            UserName = t.Column<string>(maxLength: 256, nullable: true),
            NormalizedUserName = t.Column<string>(maxLength: 256, nullable: true),
            Email = t.Column<string>(maxLength: 256, nullable: true),
            NormalizedEmail = t.Column<string>(maxLength: 256, nullable: true),
            EmailConfirmed = t.Column<bool>(nullable: false),
            PasswordHash = t.Column<string>(nullable: true),
            SecurityStamp = t.Column<string>(nullable: true),
            ConcurrencyStamp = t.Column<string>(nullable: true),
            PhoneNumber = t.Column<string>(nullable: true),
            PhoneNumberConfirmed = t.Column<bool>(nullable: false),
            TwoFactorEnabled = t.Column<bool>(nullable: false),
            LockoutEnd = t.Column<DateTimeOffset>(nullable: true),
            LockoutEnabled = t.Column<bool>(nullable: false),
            AccessFailedCount = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_AspNetUsers", x => x.Id));

        mb.CreateTable("AspNetRoleClaims", schema: schema, columns: t => new
        {
            Id = t.Column<int>(nullable: false).Identity(),
            RoleId = t.Column<Guid>(nullable: false),
            ClaimType = t.Column<string>(nullable: true),
            ClaimValue = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
            t.ForeignKey("FK_AspNetRoleClaims_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", principalSchema: schema, onDelete: ReferentialAction.Cascade);
        });

        mb.CreateTable("AspNetUserClaims", schema: schema, columns: t => new
        {
            Id = t.Column<int>(nullable: false).Identity(),
            UserId = t.Column<Guid>(nullable: false),
            ClaimType = t.Column<string>(nullable: true),
            ClaimValue = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
            t.ForeignKey("FK_AspNetUserClaims_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", principalSchema: schema, onDelete: ReferentialAction.Cascade);
        });

        mb.CreateTable("AspNetUserLogins", schema: schema, columns: t => new
        {
            LoginProvider = t.Column<string>(nullable: false),
            ProviderKey = t.Column<string>(nullable: false),
            ProviderDisplayName = t.Column<string>(nullable: true),
            UserId = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
            t.ForeignKey("FK_AspNetUserLogins_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", principalSchema: schema, onDelete: ReferentialAction.Cascade);
        });

        mb.CreateTable("AspNetUserRoles", schema: schema, columns: t => new
        {
            UserId = t.Column<Guid>(nullable: false),
            RoleId = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
            t.ForeignKey("FK_AspNetUserRoles_AspNetRoles_RoleId", x => x.RoleId, "AspNetRoles", "Id", principalSchema: schema, onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_AspNetUserRoles_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", principalSchema: schema, onDelete: ReferentialAction.Cascade);
        });

        mb.CreateTable("AspNetUserTokens", schema: schema, columns: t => new
        {
            UserId = t.Column<Guid>(nullable: false),
            LoginProvider = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Value = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
            t.ForeignKey("FK_AspNetUserTokens_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", principalSchema: schema, onDelete: ReferentialAction.Cascade);
        });

        mb.CreateIndex("RoleNameIndex", "AspNetRoles", "NormalizedName", schema: schema, unique: true);
        mb.CreateIndex("EmailIndex", "AspNetUsers", "NormalizedEmail", schema: schema);
        mb.CreateIndex("UserNameIndex", "AspNetUsers", "NormalizedUserName", schema: schema, unique: true);
        mb.CreateIndex("IX_AspNetRoleClaims_RoleId", "AspNetRoleClaims", "RoleId", schema: schema);
        mb.CreateIndex("IX_AspNetUserClaims_UserId", "AspNetUserClaims", "UserId", schema: schema);
        mb.CreateIndex("IX_AspNetUserLogins_UserId", "AspNetUserLogins", "UserId", schema: schema);
        mb.CreateIndex("IX_AspNetUserRoles_RoleId", "AspNetUserRoles", "RoleId", schema: schema);

        mb.CreateTable("Cases", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Number = t.Column<string>(maxLength: 64, nullable: false),
            CourtCode = t.Column<string>(maxLength: 16, nullable: false),
            TypeCode = t.Column<string>(maxLength: 16, nullable: false),
            Year = t.Column<int>(nullable: false),
            Sequence = t.Column<int>(nullable: false),
            Title = t.Column<string>(maxLength: 200, nullable: false),
            Status = t.Column<string>(maxLength: 40, nullable: false),
            FiledAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Cases", x => x.Id));
        mb.CreateIndex("IX_Cases_Number", "Cases", "Number", schema: schema, unique: true);
        mb.CreateIndex("IX_Cases_CourtCode_TypeCode_Year_Sequence", "Cases", ["CourtCode", "TypeCode", "Year", "Sequence"], schema: schema, unique: true);

        mb.CreateTable("CaseParticipants", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            CaseId = t.Column<Guid>(nullable: false),
            UserId = t.Column<Guid>(nullable: false),
            Role = t.Column<string>(maxLength: 40, nullable: false),
            Since = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_CaseParticipants", x => x.Id);
            t.ForeignKey("FK_CaseParticipants_Cases_CaseId", x => x.CaseId, "Cases", "Id", principalSchema: schema, onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_CaseParticipants_CaseId_UserId_Role", "CaseParticipants", ["CaseId", "UserId", "Role"], schema: schema, unique: true);
        mb.CreateIndex("IX_CaseParticipants_UserId", "CaseParticipants", "UserId", schema: schema);

        mb.CreateTable("CaseNumberSequences", schema: schema, columns: t => new
        {
            CourtCode = t.Column<string>(maxLength: 16, nullable: false),
            TypeCode = t.Column<string>(maxLength: 16, nullable: false),
            Year = t.Column<int>(nullable: false),
            LastSequence = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_CaseNumberSequences", x => new { x.CourtCode, x.TypeCode, x.Year }));
    }
}
