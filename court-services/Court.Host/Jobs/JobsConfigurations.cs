using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Court.Host.Jobs;

internal sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> b)
    {
        b.ToTable("Jobs");
        b.Property(j => j.Kind).HasMaxLength(Job.KindMaxLength);
        b.Property(j => j.IdempotencyKey).HasMaxLength(Job.IdempotencyKeyMaxLength);
        b.Property(j => j.LeaseOwner).HasMaxLength(200);
        b.Property(j => j.ProgressMessage).HasMaxLength(Job.ProgressMessageMaxLength);
        b.Property(j => j.LastError).HasMaxLength(Job.LastErrorMaxLength);
        b.HasIndex(j => j.IdempotencyKey).IsUnique();
        b.HasIndex(j => new { j.Status, j.RunAfter });
        b.HasIndex(j => j.CreatedAt);
    }
}

internal sealed class RecurringScheduleConfiguration : IEntityTypeConfiguration<RecurringSchedule>
{
    public void Configure(EntityTypeBuilder<RecurringSchedule> b)
    {
        b.ToTable("RecurringSchedules");
        b.HasKey(s => s.Name);
        b.Property(s => s.Name).HasMaxLength(RecurringSchedule.NameMaxLength);
        b.Property(s => s.Kind).HasMaxLength(Job.KindMaxLength);
    }
}
