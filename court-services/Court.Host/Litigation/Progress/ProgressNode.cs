using Court.Host.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Court.Host.Litigation.Progress;

/// <summary>
/// One step of a case's (or, before acceptance, an online filing's) progress. <see cref="PublicNote"/> may be shown to
/// anyone holding the case's query code, so it never names a natural person; <see cref="PartyDetail"/> is for the
/// parties, counsel and court staff of the case only.
/// </summary>
internal sealed class ProgressNode
{
    public const int PublicNoteMaxLength = 300;
    public const int PartyDetailMaxLength = 2000;
    public const int IdempotencyKeyMaxLength = 200;

    public Guid Id { get; set; }

    /// <summary>The online filing the node was recorded for, while it was not yet a case; kept after acceptance.</summary>
    public Guid? FilingId { get; set; }

    /// <summary>The case; set from the start for a case's nodes, and on acceptance for a filing's.</summary>
    public Guid? CaseId { get; set; }

    public ProgressNodeKind Kind { get; set; }

    /// <summary>When the step happened (UTC).</summary>
    public DateTime At { get; set; }

    public required string PublicNote { get; set; }

    public string? PartyDetail { get; set; }

    /// <summary>The user who recorded it; null when the system did (a payment callback, a job).</summary>
    public Guid? RecordedBy { get; set; }

    public required string IdempotencyKey { get; set; }
}

internal enum ProgressNodeKind
{
    Filed,
    UnderReview,
    CorrectionRequested,
    Accepted,
    Rejected,
    FeePaid,
    Assigned,
    HearingScheduled,
    Judgment,
    Served,
    Effective,
    Closed,
    MediationStarted,
    MediationEnded,
}

internal static class ProgressNodeKinds
{
    public static string ChineseName(this ProgressNodeKind kind) => kind switch
    {
        ProgressNodeKind.Filed => "已提交立案申请",
        ProgressNodeKind.UnderReview => "立案审查中",
        ProgressNodeKind.CorrectionRequested => "通知补正",
        ProgressNodeKind.Accepted => "已立案",
        ProgressNodeKind.Rejected => "不予受理",
        ProgressNodeKind.FeePaid => "已交费",
        ProgressNodeKind.Assigned => "已分案",
        ProgressNodeKind.HearingScheduled => "已排期开庭",
        ProgressNodeKind.Judgment => "已作出裁判",
        ProgressNodeKind.Served => "已送达",
        ProgressNodeKind.Effective => "裁判生效",
        ProgressNodeKind.Closed => "已结案",
        ProgressNodeKind.MediationStarted => "诉前调解开始",
        ProgressNodeKind.MediationEnded => "诉前调解结束",
        _ => kind.ToString(),
    };
}

internal sealed class ProgressNodeConfiguration : IEntityTypeConfiguration<ProgressNode>
{
    public void Configure(EntityTypeBuilder<ProgressNode> b)
    {
        b.ToTable("ProgressNodes");
        b.Property(n => n.PublicNote).HasMaxLength(ProgressNode.PublicNoteMaxLength);
        b.Property(n => n.PartyDetail).HasMaxLength(ProgressNode.PartyDetailMaxLength);
        b.Property(n => n.IdempotencyKey).HasMaxLength(ProgressNode.IdempotencyKeyMaxLength);
        b.HasIndex(n => n.IdempotencyKey).IsUnique();
        b.HasIndex(n => new { n.CaseId, n.At });
        b.HasIndex(n => new { n.FilingId, n.At });
        b.HasOne<CaseRecord>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
