using Court.Kernel.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Court.Host.Calendar;

/// <summary>The deadlines the court sets and keeps; each kind knows what it moves when recomputed.</summary>
internal enum DeadlineKind
{
    /// <summary>立案审查期限: seven days to decide on a filing (民事诉讼法第一百二十六条).</summary>
    FilingReview,

    /// <summary>补正期限 (登记立案规定第七条): the filing lapses after it.</summary>
    FilingCorrection,

    /// <summary>交费期限 (诉讼费用交纳办法第二十二条).</summary>
    FeePayment,

    /// <summary>举证期限 (民事诉讼法第六十八条).</summary>
    EvidencePeriod,
}

/// <summary>
/// A deadline whose end was computed while a year on its way had no State Council notice (DOMAIN.md §6). It keeps what is needed
/// to count it again — start, length, unit — and who to tell. It is settled when a loaded notice confirms the end, or a clerk does;
/// until then no automatic legal consequence may fire on it.
/// </summary>
internal sealed class ProvisionalDeadline
{
    public const int LabelMaxLength = 40;
    public const int LinkMaxLength = 200;

    public Guid Id { get; init; } = Guid.NewGuid();
    public DeadlineKind Kind { get; init; }
    public Guid SubjectId { get; init; }
    public DateOnly Start { get; init; }
    public int Length { get; init; }
    public PeriodUnit Unit { get; init; }
    public DateOnly End { get; private set; }
    public string Label { get; init; } = "";
    public string Link { get; init; } = "";

    /// <summary>The people told when the end moves, comma-separated user ids.</summary>
    public string Recipients { get; init; } = "";

    public DateTime CreatedAt { get; init; }
    public DateTime? SettledAt { get; private set; }
    public Guid? SettledById { get; private set; }

    public bool IsOpen => SettledAt is null;

    public IEnumerable<Guid> RecipientIds() => Recipients.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).Distinct();

    /// <summary>Counts the period again on <paramref name="calendar"/>; settles it once the end no longer depends on an inferred year.</summary>
    public PeriodEnd Recompute(RestDayCalendar calendar, DateTime now)
    {
        var end = StatutoryPeriod.End(Start, Length, Unit, calendar);
        End = end.End;
        if (!end.Provisional) SettledAt = now;
        return end;
    }

    /// <summary>A clerk checked the provisional end against the published arrangement and confirms it (DOMAIN.md §6).</summary>
    public void Confirm(Guid clerkId, DateTime now)
    {
        SettledAt = now;
        SettledById = clerkId;
    }

    /// <summary>A new deadline of the same kind replaced this one (e.g. a second correction round).</summary>
    public void Supersede(DateTime now) => SettledAt ??= now;

    public static ProvisionalDeadline For(DeadlineKind kind, Guid subjectId, DateOnly start, int length, PeriodUnit unit, PeriodEnd end,
        string label, string link, IEnumerable<Guid> recipients, DateTime now) => new()
    {
        Kind = kind, SubjectId = subjectId, Start = start, Length = length, Unit = unit, End = end.End, Label = label, Link = link,
        Recipients = string.Join(',', recipients.Distinct()), CreatedAt = now,
    };
}

internal sealed class ProvisionalDeadlineConfiguration : IEntityTypeConfiguration<ProvisionalDeadline>
{
    public void Configure(EntityTypeBuilder<ProvisionalDeadline> b)
    {
        b.ToTable("ProvisionalDeadlines");
        b.Property(d => d.Label).HasMaxLength(ProvisionalDeadline.LabelMaxLength);
        b.Property(d => d.Link).HasMaxLength(ProvisionalDeadline.LinkMaxLength);
        b.Property(d => d.Recipients).HasMaxLength(2000);
        b.Property(d => d.End);
        b.Property(d => d.SettledAt);
        b.Property(d => d.SettledById);
        b.HasIndex(d => new { d.SubjectId, d.Kind });
        b.HasIndex(d => d.SettledAt);
        b.Ignore(d => d.IsOpen);
    }
}
