using Court.Kernel.Access;
using Court.Kernel.Cases;

namespace Court.Host.Cases;

/// <summary>The court-wide case register: every case, whichever module works it.</summary>
internal sealed class CaseRecord
{
    public Guid Id { get; set; }
    public required string Number { get; set; }
    public required string CourtCode { get; set; }
    public required string TypeCode { get; set; }
    public int Year { get; set; }
    public int Sequence { get; set; }

    /// <summary>案由 or a short title, e.g. 民间借贷纠纷.</summary>
    public required string Title { get; set; }

    public CaseStatus Status { get; set; }
    public DateTime FiledAt { get; set; }

    /// <summary>查询码 printed on the acceptance notice: with the number, it opens the public progress query (Litigation/Progress).</summary>
    public required string QueryCode { get; set; }

    /// <summary>The earlier case this one arises from by procedure (appeal, enforcement, 执转破, retrial), if any.</summary>
    public Guid? ArisesFromCaseId { get; set; }

    public CaseLinkKind? ArisesAs { get; set; }

    public List<CaseParticipant> Participants { get; set; } = [];
}

internal enum CaseStatus
{
    Filed,
    InProgress,
    Suspended,
    Closed,
}

internal sealed class CaseParticipant
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public Guid UserId { get; set; }
    public CaseRole Role { get; set; }
    public DateTime Since { get; set; }
}

/// <summary>The last sequence number handed out per court, case type and year (gap-free, see CaseNumberAllocator).</summary>
internal sealed class CaseNumberSequence
{
    public required string CourtCode { get; set; }
    public required string TypeCode { get; set; }
    public int Year { get; set; }
    public int LastSequence { get; set; }
}

internal static class CaseStatusNames
{
    public static string ChineseName(this CaseStatus status) => status switch
    {
        CaseStatus.Filed => "已立案",
        CaseStatus.InProgress => "审理中",
        CaseStatus.Suspended => "中止",
        CaseStatus.Closed => "已结案",
        _ => status.ToString(),
    };
}
