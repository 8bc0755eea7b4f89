namespace Court.Kernel.Dossier;

/// <summary>
/// 补正通知书 (《最高人民法院关于人民法院登记立案若干问题的规定》第七条): the filing's papers do not meet the requirements;
/// the court says once, in writing, exactly what to correct and by when.
/// </summary>
public sealed record CorrectionNotice : CourtDocument
{
    public override string Title => "补正通知书";
    public override string Kind => "correction-notice";
    public required string Recipient { get; init; }
    /// <summary>案由, e.g. 民间借贷纠纷.</summary>
    public required string Cause { get; init; }
    /// <summary>Each thing to correct, as the clerk wrote it, e.g. 补充提交被告李华的身份证明.</summary>
    public required IReadOnlyList<string> Items { get; init; }
    /// <summary>The last day to correct (民事诉讼法 arts. 85–86 apply to the period).</summary>
    public required DateOnly CorrectBy { get; init; }
    /// <summary>True when a year on the way had no State Council notice: the document says the date is inferred (DOMAIN.md §6).</summary>
    public bool CorrectByProvisional { get; init; }
    public string? Note { get; init; }
}

/// <summary>
/// 民事裁定书 (不予受理): the complaint does not meet the conditions of filing (民事诉讼法 第一百二十二条、第一百二十六条、
/// 第一百二十七条; 民诉法解释 第二百零八条). The ruling may be appealed within ten days of service (民事诉讼法 第一百五十七条、
/// 第一百七十一条).
/// </summary>
public sealed record RejectionRuling : CourtDocument
{
    public override string Title => "民事裁定书";
    public override string Kind => "rejection-ruling";
    /// <summary>e.g. ("起诉人", "陈明", "男，1986年4月12日出生，…"), ("被起诉人", "李华", …).</summary>
    public required IReadOnlyList<DocumentParty> Parties { get; init; }
    public required string Cause { get; init; }
    /// <summary>What was claimed, e.g. 陈明向本院提出诉讼请求：判令李华偿还借款本金100000元。</summary>
    public required string Claims { get; init; }
    /// <summary>Why it is not accepted, e.g. 本院经审查认为，…</summary>
    public required string Reasoning { get; init; }
    /// <summary>e.g. 《中华人民共和国民事诉讼法》第一百二十二条、第一百二十六条.</summary>
    public required IReadOnlyList<string> LegalBasis { get; init; }
    /// <summary>e.g. 对陈明的起诉，本院不予受理。</summary>
    public required IReadOnlyList<string> Orders { get; init; }
    /// <summary>e.g. 如不服本裁定，可以在裁定书送达之日起十日内，向本院递交上诉状，…上诉于福建省厦门市中级人民法院。</summary>
    public required string AppealNotice { get; init; }
    /// <summary>e.g. ("审判员", "黄立案").</summary>
    public required IReadOnlyList<(string Title, string Name)> Panel { get; init; }
    public required string ClerkName { get; init; }
}

/// <summary>
/// 民事裁定书 (司法确认): a mediation agreement reached before a mediation organisation is confirmed valid, so either side
/// may apply for enforcement (民事诉讼法 第二百零五条、第二百零六条, 2023 revision; 人民调解法 第三十三条).
/// The ruling takes effect when served; it cannot be appealed.
/// </summary>
public sealed record JudicialConfirmationRuling : CourtDocument
{
    public override string Title => "民事裁定书";
    public override string Kind => "judicial-confirmation-ruling";
    /// <summary>Both sides of the agreement, each as ("申请人", name, particulars).</summary>
    public required IReadOnlyList<DocumentParty> Applicants { get; init; }
    /// <summary>e.g. 厦门市思明区人民调解委员会.</summary>
    public required string MediationOrganisation { get; init; }
    public required DateOnly AgreementDate { get; init; }
    /// <summary>The agreement's terms in its own order, e.g. 李华于2027年1月31日前向陈明偿还借款100000元。</summary>
    public required IReadOnlyList<string> AgreementTerms { get; init; }
    /// <summary>e.g. 本院经审查认为，申请人达成的调解协议，符合司法确认调解协议的法定条件。</summary>
    public required string Reasoning { get; init; }
    /// <summary>e.g. 申请人陈明与李华于2026年12月10日经厦门市思明区人民调解委员会主持调解达成的调解协议有效。</summary>
    public required IReadOnlyList<string> Orders { get; init; }
    public required IReadOnlyList<(string Title, string Name)> Panel { get; init; }
    public required string ClerkName { get; init; }
}
