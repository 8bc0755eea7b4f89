using Court.Kernel.Fees;

namespace Court.Kernel.Filing;

/// <summary>Which territorial-jurisdiction rule decides the competent court.</summary>
public enum JurisdictionRule
{
    /// <summary>合同纠纷: 被告住所地或者合同履行地 (民事诉讼法第二十四条, 民诉法解释第十八条).</summary>
    Contract,
    /// <summary>侵权纠纷 (incl. 机动车交通事故): 侵权行为地或者被告住所地 (民事诉讼法第二十九条).</summary>
    Tort,
    /// <summary>离婚: 被告住所地 (第二十二条), 原告住所地 in the cases of 第二十三条 and 民诉法解释第十二条.</summary>
    Divorce,
    /// <summary>劳动争议: 用人单位所在地或者劳动合同履行地的基层人民法院 (劳动争议解释（一）第三条).</summary>
    Labour,
}

/// <summary>A rule of a kind that needs more than one field to check.</summary>
public enum FilingRule
{
    /// <summary>
    /// 劳动争议调解仲裁法 arts. 5, 29, 47–50: a court takes a labour dispute only after arbitration, within 15 days of
    /// receiving the award; an employer cannot sue on a final award (it may apply to set it aside, art. 49).
    /// Needs the fields filerRole, arbitrationOutcome, awardIsFinal, decidedOn and receivedOn.
    /// </summary>
    LabourAfterArbitration,
}

/// <summary>
/// A case kind the guided online filing offers: its 案由 (最高人民法院《民事案件案由规定》), the case type it is
/// filed under (民初), the fee kind it pays under, the jurisdiction rule, the interview answers that lead to it
/// (<paramref name="When"/>: question key → accepted option values), and its element-based complaint form.
/// <paramref name="ClaimAmount"/> is how the amount passed to the fee calculator is computed from the form; empty
/// when the fee does not depend on an amount.
/// </summary>
public sealed record FilingCaseKind(
    string Slug,
    string Name,
    string CaseTypeCode,
    FeeKind FeeKind,
    JurisdictionRule Jurisdiction,
    string Explanation,
    IReadOnlyDictionary<string, IReadOnlyList<string>> When,
    IReadOnlyList<ElementField> Fields,
    IReadOnlyList<ClaimTerm> ClaimAmount,
    IReadOnlyList<FilingRule> Rules)
{
    public ElementField? Field(string key) => Fields.FirstOrDefault(f => f.Key == key);
}

/// <summary>One question of the guided interview; asked only when every condition of <paramref name="AskWhen"/> holds.</summary>
public sealed record InterviewQuestion(
    string Key,
    string Label,
    IReadOnlyList<InterviewOption> Options,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? AskWhen = null);

/// <summary>An answer; <paramref name="Stop"/> is set when the answer ends the interview without a case (with what to do instead).</summary>
public sealed record InterviewOption(string Value, string Label, string? Stop = null);
