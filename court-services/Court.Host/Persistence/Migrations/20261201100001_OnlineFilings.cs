using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Court.Host.Persistence.Migrations;

/// <summary>Version 4: online filings, their parties and issued documents, lawyers' profiles, powers of attorney, pre-filing mediation.</summary>
[DbContext(typeof(CourtDb))]
[Migration("20261201100001_OnlineFilings")]
internal sealed class OnlineFilings : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        var schema = ModuleDatabase.SchemaFor(ActiveProvider, CourtDb.Module);

        mb.CreateTable("OnlineFilings", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Reference = t.Column<string>(maxLength: 20, nullable: false),
            FiledById = t.Column<Guid>(nullable: false),
            FiledByCounsel = t.Column<bool>(nullable: false),
            Status = t.Column<string>(maxLength: 40, nullable: false),
            KindSlug = t.Column<string>(maxLength: 40, nullable: true),
            CourtCode = t.Column<string>(maxLength: 16, nullable: true),
            ElementsJson = t.Column<string>(nullable: false),
            InterviewJson = t.Column<string>(nullable: false),
            Claims = t.Column<string>(maxLength: 4000, nullable: false),
            FactsAndReasons = t.Column<string>(maxLength: 4000, nullable: false),
            ClaimAmount = t.Column<decimal>(precision: 18, scale: 2, nullable: true),
            Fee = t.Column<decimal>(precision: 18, scale: 2, nullable: true),
            FeeBasis = t.Column<string>(maxLength: 400, nullable: true),
            ConsentsToMediation = t.Column<bool>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            UpdatedAt = t.Column<DateTime>(nullable: false),
            SubmittedAt = t.Column<DateTime>(nullable: true),
            ReviewDueOn = t.Column<DateOnly>(nullable: true),
            CorrectionItems = t.Column<string>(maxLength: 4000, nullable: true),
            CorrectBy = t.Column<DateOnly>(nullable: true),
            RejectionReason = t.Column<string>(maxLength: 4000, nullable: true),
            ReviewedById = t.Column<Guid>(nullable: true),
            DecidedAt = t.Column<DateTime>(nullable: true),
            CaseId = t.Column<Guid>(nullable: true),
            CaseNumber = t.Column<string>(maxLength: 64, nullable: true),
            Round = t.Column<int>(nullable: false),
            SubmissionKey = t.Column<string>(maxLength: 100, nullable: true),
            Version = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_OnlineFilings", x => x.Id));
        mb.CreateIndex("IX_OnlineFilings_Reference", "OnlineFilings", "Reference", schema: schema, unique: true);
        mb.CreateIndex("IX_OnlineFilings_FiledById", "OnlineFilings", "FiledById", schema: schema);
        mb.CreateIndex("IX_OnlineFilings_Status_ReviewDueOn", "OnlineFilings", ["Status", "ReviewDueOn"], schema: schema);
        mb.CreateIndex("IX_OnlineFilings_CaseId", "OnlineFilings", "CaseId", schema: schema);

        mb.CreateTable("FilingParties", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            FilingId = t.Column<Guid>(nullable: false),
            Order = t.Column<int>(nullable: false),
            Side = t.Column<string>(maxLength: 40, nullable: false),
            Kind = t.Column<string>(maxLength: 40, nullable: false),
            Name = t.Column<string>(maxLength: 200, nullable: false),
            IdentifierNumber = t.Column<string>(maxLength: 18, nullable: false),
            Representative = t.Column<string>(maxLength: 100, nullable: true),
            Address = t.Column<string>(maxLength: 300, nullable: true),
            Phone = t.Column<string>(maxLength: 20, nullable: true),
            Email = t.Column<string>(maxLength: 200, nullable: true),
            ConsentsToElectronicService = t.Column<bool>(nullable: false),
            PostalAddress = t.Column<string>(maxLength: 300, nullable: true),
            Verification = t.Column<string>(maxLength: 40, nullable: false),
            VerifiedAt = t.Column<DateTime>(nullable: true),
            UserId = t.Column<Guid>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_FilingParties", x => x.Id);
            t.ForeignKey("FK_FilingParties_OnlineFilings_FilingId", x => x.FilingId, "OnlineFilings", "Id",
                principalSchema: schema, onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_FilingParties_FilingId", "FilingParties", "FilingId", schema: schema);

        mb.CreateTable("FilingDocuments", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            FilingId = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(maxLength: 40, nullable: false),
            Round = t.Column<int>(nullable: false),
            DocumentId = t.Column<Guid>(nullable: false),
            Title = t.Column<string>(maxLength: 200, nullable: false),
            IssuedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_FilingDocuments", x => x.Id));
        mb.CreateIndex("IX_FilingDocuments_FilingId_Kind_Round", "FilingDocuments", ["FilingId", "Kind", "Round"], schema: schema, unique: true);

        mb.CreateTable("LawyerProfiles", schema: schema, columns: t => new
        {
            UserId = t.Column<Guid>(nullable: false),
            LicenceNumber = t.Column<string>(maxLength: 17, nullable: false),
            Firm = t.Column<string>(maxLength: 200, nullable: false),
            RegisteredAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_LawyerProfiles", x => x.UserId));
        mb.CreateIndex("IX_LawyerProfiles_LicenceNumber", "LawyerProfiles", "LicenceNumber", schema: schema, unique: true);

        mb.CreateTable("PowersOfAttorney", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            LawyerUserId = t.Column<Guid>(nullable: false),
            ClientUserId = t.Column<Guid>(nullable: true),
            ClientName = t.Column<string>(maxLength: 200, nullable: false),
            ClientIdentifier = t.Column<string>(maxLength: 18, nullable: false),
            FilingId = t.Column<Guid>(nullable: true),
            CaseId = t.Column<Guid>(nullable: true),
            Scope = t.Column<string>(maxLength: 40, nullable: false),
            Status = t.Column<string>(maxLength: 40, nullable: false),
            RequestedAt = t.Column<DateTime>(nullable: false),
            DecidedAt = t.Column<DateTime>(nullable: true),
            DecidedById = t.Column<Guid>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_PowersOfAttorney", x => x.Id));
        mb.CreateIndex("IX_PowersOfAttorney_ClientUserId", "PowersOfAttorney", "ClientUserId", schema: schema);
        mb.CreateIndex("IX_PowersOfAttorney_LawyerUserId", "PowersOfAttorney", "LawyerUserId", schema: schema);
        mb.CreateIndex("IX_PowersOfAttorney_FilingId", "PowersOfAttorney", "FilingId", schema: schema);
        mb.CreateIndex("IX_PowersOfAttorney_CaseId", "PowersOfAttorney", "CaseId", schema: schema);

        mb.CreateTable("PreFilingMediations", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            FilingId = t.Column<Guid>(nullable: false),
            OrganisationCode = t.Column<string>(maxLength: 40, nullable: false),
            OrganisationName = t.Column<string>(maxLength: 200, nullable: false),
            MediatorName = t.Column<string>(maxLength: 100, nullable: true),
            AssignedById = t.Column<Guid>(nullable: false),
            AssignedAt = t.Column<DateTime>(nullable: false),
            Deadline = t.Column<DateOnly>(nullable: false),
            ExtensionDays = t.Column<int>(nullable: false),
            Outcome = t.Column<string>(maxLength: 40, nullable: true),
            AgreementTerms = t.Column<string>(maxLength: 4000, nullable: true),
            AgreementDate = t.Column<DateOnly>(nullable: true),
            FailureReason = t.Column<string>(maxLength: 1000, nullable: true),
            EndedAt = t.Column<DateTime>(nullable: true),
            ConfirmationCaseId = t.Column<Guid>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_PreFilingMediations", x => x.Id));
        mb.CreateIndex("IX_PreFilingMediations_FilingId", "PreFilingMediations", "FilingId", schema: schema, unique: true);
    }
}
