namespace Court.Host.Litigation.Filings;

/// <summary>
/// 网上立案申请: what a litigant or lawyer files online, from the first saved draft to acceptance, rejection or a
/// mediated settlement. Its materials live in the e-dossier under <c>DossierOwner.FilingDraft(Id)</c> until it becomes a case.
/// </summary>
internal sealed class OnlineFiling
{
    public const int ReferenceMaxLength = 20;
    public const int TextMaxLength = 4000;

    public Guid Id { get; set; }

    /// <summary>立案申请编号, e.g. 网立20261201A3F9C2: what the filer quotes before there is a case number.</summary>
    public required string Reference { get; set; }

    public Guid FiledById { get; set; }

    /// <summary>Filed by a lawyer for a client: the power of attorney must be confirmed before acceptance.</summary>
    public bool FiledByCounsel { get; set; }

    public FilingStatus Status { get; set; }

    /// <summary>The filing case kind's slug (seeds/reference/filing-case-kinds), e.g. <c>private-lending</c>; null until chosen.</summary>
    public string? KindSlug { get; set; }

    /// <summary>The court the filing is addressed to (法院代字); proposed by the guide, chosen by the filer.</summary>
    public string? CourtCode { get; set; }

    /// <summary>The element-based complaint's answers, keyed by field (JSON object of strings).</summary>
    public string ElementsJson { get; set; } = "{}";

    /// <summary>The guided interview's answers (who you are, what happened, what you want), JSON object of strings.</summary>
    public string InterviewJson { get; set; } = "{}";

    /// <summary>诉讼请求, one per line.</summary>
    public string Claims { get; set; } = "";

    /// <summary>事实与理由.</summary>
    public string FactsAndReasons { get; set; } = "";

    /// <summary>诉讼标的额, computed from the elements for property disputes.</summary>
    public decimal? ClaimAmount { get; set; }

    public decimal? Fee { get; set; }
    public string? FeeBasis { get; set; }

    /// <summary>The filer agrees to 诉前调解 before the court decides on acceptance.</summary>
    public bool ConsentsToMediation { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }

    /// <summary>The last day of the seven-day review (民事诉讼法第一百二十六条), counted from (re)submission.</summary>
    public DateOnly? ReviewDueOn { get; set; }

    /// <summary>What the clerk asked to correct, one item per line.</summary>
    public string? CorrectionItems { get; set; }

    public DateOnly? CorrectBy { get; set; }
    public string? RejectionReason { get; set; }
    public Guid? ReviewedById { get; set; }
    public DateTime? DecidedAt { get; set; }

    public Guid? CaseId { get; set; }
    public string? CaseNumber { get; set; }

    /// <summary>How many times it was submitted: 1 after the first submission, 2 after the first resubmission …</summary>
    public int Round { get; set; }

    /// <summary>The Idempotency-Key of the submission that moved it out of Draft (or the last resubmission).</summary>
    public string? SubmissionKey { get; set; }

    /// <summary>Optimistic concurrency: a save based on an older version is refused, so two tabs never overwrite each other silently.</summary>
    public int Version { get; set; }

    public List<FilingParty> Parties { get; set; } = [];

    public bool IsEditable => Status is FilingStatus.Draft or FilingStatus.CorrectionRequested;
}

internal enum FilingStatus
{
    /// <summary>草稿: saved as the filer goes.</summary>
    Draft,

    /// <summary>已提交，待审查.</summary>
    Submitted,

    /// <summary>待补正: the clerk asked for corrections; the filer edits and resubmits the same filing.</summary>
    CorrectionRequested,

    /// <summary>诉前调解中.</summary>
    InMediation,

    /// <summary>已立案: a case number is assigned.</summary>
    Accepted,

    /// <summary>不予受理.</summary>
    Rejected,

    /// <summary>调解成功，经司法确认.</summary>
    Settled,

    /// <summary>The correction deadline passed without a resubmission (视为撤回, 登记立案规定第七条).</summary>
    Lapsed,
}

internal static class FilingStatusNames
{
    public static string ChineseName(this FilingStatus status) => status switch
    {
        FilingStatus.Draft => "草稿",
        FilingStatus.Submitted => "待审查",
        FilingStatus.CorrectionRequested => "待补正",
        FilingStatus.InMediation => "诉前调解中",
        FilingStatus.Accepted => "已立案",
        FilingStatus.Rejected => "不予受理",
        FilingStatus.Settled => "调解成功",
        FilingStatus.Lapsed => "逾期未补正",
        _ => status.ToString(),
    };
}
