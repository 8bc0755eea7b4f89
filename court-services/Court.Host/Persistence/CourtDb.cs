using Court.Host.Accounts;
using Court.Host.Audit;
using Court.Host.Calendar;
using Court.Host.Cases;
using Court.Host.Identity;
using Court.Host.Jobs;
using Court.Host.Litigation.Filings;
using Court.Host.Litigation.Lawyers;
using Court.Host.Litigation.Mediation;
using Court.Host.Litigation.Payments;
using Court.Host.Litigation.Service;
using Court.Host.Litigation.Progress;
using Court.Host.Notifications;
using Court.Kernel.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Persistence;

/// <summary>The court-services module's database: identity, the case register, audit, jobs, notifications and litigation (online filing, lawyers, mediation).</summary>
internal sealed class CourtDb(DbContextOptions<CourtDb> options)
    : IdentityDbContext<CourtUser, IdentityRole<Guid>, Guid>(options)
{
    public const string Module = "court";

    public DbSet<CaseRecord> Cases => Set<CaseRecord>();
    public DbSet<CaseParticipant> CaseParticipants => Set<CaseParticipant>();
    public DbSet<CaseNumberSequence> CaseNumberSequences => Set<CaseNumberSequence>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Job> Jobs => Set<Job>();
    public DbSet<RecurringSchedule> RecurringSchedules => Set<RecurringSchedule>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<SmsOutboxMessage> SmsOutbox => Set<SmsOutboxMessage>();
    public DbSet<OnlineFiling> OnlineFilings => Set<OnlineFiling>();
    public DbSet<FilingParty> FilingParties => Set<FilingParty>();
    public DbSet<FilingDocument> FilingDocuments => Set<FilingDocument>();
    public DbSet<LawyerProfile> LawyerProfiles => Set<LawyerProfile>();
    public DbSet<PowerOfAttorneyGrant> PowersOfAttorney => Set<PowerOfAttorneyGrant>();
    public DbSet<PreFilingMediation> PreFilingMediations => Set<PreFilingMediation>();
    public DbSet<FeePayment> FeePayments => Set<FeePayment>();
    public DbSet<PaymentNotificationReceipt> PaymentNotificationReceipts => Set<PaymentNotificationReceipt>();
    public DbSet<FeeRefund> FeeRefunds => Set<FeeRefund>();
    public DbSet<ServiceRecord> ServiceRecords => Set<ServiceRecord>();
    public DbSet<ProgressNode> ProgressNodes => Set<ProgressNode>();
    public DbSet<HolidayNoticeRecord> HolidayNotices => Set<HolidayNoticeRecord>();
    public DbSet<ProvisionalDeadline> ProvisionalDeadlines => Set<ProvisionalDeadline>();
    public DbSet<PhoneCode> PhoneCodes => Set<PhoneCode>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseModuleSchema(this, Module);
        builder.ApplyConfigurationsFromAssembly(typeof(CourtDb).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
