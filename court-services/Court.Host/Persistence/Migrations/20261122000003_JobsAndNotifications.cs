using Court.Kernel.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Court.Host.Persistence.Migrations;

/// <summary>Version 3: durable jobs, recurring schedules, the in-portal inbox and the SMS outbox (docs/adr/0003).</summary>
[DbContext(typeof(CourtDb))]
[Migration("20261122000003_JobsAndNotifications")]
internal sealed class JobsAndNotifications : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        var schema = ModuleDatabase.SchemaFor(ActiveProvider, CourtDb.Module);

        mb.CreateTable("Jobs", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(maxLength: 100, nullable: false),
            PayloadJson = t.Column<string>(nullable: false),
            IdempotencyKey = t.Column<string>(maxLength: 200, nullable: true),
            Status = t.Column<string>(maxLength: 40, nullable: false),
            Attempts = t.Column<int>(nullable: false),
            MaxAttempts = t.Column<int>(nullable: false),
            RunAfter = t.Column<DateTime>(nullable: false),
            LeaseUntil = t.Column<DateTime>(nullable: true),
            LeaseOwner = t.Column<string>(maxLength: 200, nullable: true),
            Progress = t.Column<int>(nullable: false),
            ProgressMessage = t.Column<string>(maxLength: 200, nullable: true),
            LastError = t.Column<string>(maxLength: 1000, nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
            StartedAt = t.Column<DateTime>(nullable: true),
            FinishedAt = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Jobs", x => x.Id));
        mb.CreateIndex("IX_Jobs_IdempotencyKey", "Jobs", "IdempotencyKey", schema: schema, unique: true);
        mb.CreateIndex("IX_Jobs_Status_RunAfter", "Jobs", ["Status", "RunAfter"], schema: schema);
        mb.CreateIndex("IX_Jobs_CreatedAt", "Jobs", "CreatedAt", schema: schema);

        mb.CreateTable("RecurringSchedules", schema: schema, columns: t => new
        {
            Name = t.Column<string>(maxLength: 100, nullable: false),
            Kind = t.Column<string>(maxLength: 100, nullable: false),
            Interval = t.Column<TimeSpan>(nullable: true),
            DailyAt = t.Column<TimeOnly>(nullable: true),
            PayloadJson = t.Column<string>(nullable: false),
            NextRunAt = t.Column<DateTime>(nullable: false),
            LastJobId = t.Column<Guid>(nullable: true),
            LastEnqueuedAt = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_RecurringSchedules", x => x.Name));

        mb.CreateTable("Notifications", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            UserId = t.Column<Guid>(nullable: false),
            CaseId = t.Column<Guid>(nullable: true),
            Title = t.Column<string>(maxLength: 200, nullable: false),
            Body = t.Column<string>(maxLength: 2000, nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            ReadAt = t.Column<DateTime>(nullable: true),
            IdempotencyKey = t.Column<string>(maxLength: 200, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Notifications", x => x.Id));
        mb.CreateIndex("IX_Notifications_IdempotencyKey", "Notifications", "IdempotencyKey", schema: schema, unique: true);
        mb.CreateIndex("IX_Notifications_UserId_CreatedAt", "Notifications", ["UserId", "CreatedAt"], schema: schema);

        mb.CreateTable("SmsOutbox", schema: schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            UserId = t.Column<Guid>(nullable: false),
            NotificationId = t.Column<Guid>(nullable: true),
            Phone = t.Column<string>(maxLength: 32, nullable: false),
            Text = t.Column<string>(maxLength: 500, nullable: false),
            Status = t.Column<string>(maxLength: 40, nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            SentAt = t.Column<DateTime>(nullable: true),
            ProviderMessageId = t.Column<string>(maxLength: 100, nullable: true),
            LastError = t.Column<string>(maxLength: 1000, nullable: true),
            IdempotencyKey = t.Column<string>(maxLength: 200, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_SmsOutbox", x => x.Id));
        mb.CreateIndex("IX_SmsOutbox_IdempotencyKey", "SmsOutbox", "IdempotencyKey", schema: schema, unique: true);
        mb.CreateIndex("IX_SmsOutbox_Status_CreatedAt", "SmsOutbox", ["Status", "CreatedAt"], schema: schema);
    }
}
