using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Court.Host.Calendar;

/// <summary>A State Council holiday notice the court admin loaded, in the seeds format; it takes precedence over a shipped file of the same year.</summary>
internal sealed class HolidayNoticeRecord
{
    public const int JsonMaxLength = 20_000;

    public int Year { get; set; }
    public string Source { get; set; } = "";
    public string Json { get; set; } = "";
    public Guid LoadedById { get; set; }
    public DateTime LoadedAt { get; set; }
}

internal sealed class HolidayNoticeRecordConfiguration : IEntityTypeConfiguration<HolidayNoticeRecord>
{
    public void Configure(EntityTypeBuilder<HolidayNoticeRecord> b)
    {
        b.ToTable("HolidayNotices");
        b.HasKey(n => n.Year);
        b.Property(n => n.Year).ValueGeneratedNever();
        b.Property(n => n.Source).HasMaxLength(400);
        b.Property(n => n.Json).HasMaxLength(HolidayNoticeRecord.JsonMaxLength);
    }
}
