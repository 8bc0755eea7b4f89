namespace Court.Kernel.Dossier;

/// <summary>
/// A document the court issues, as structured elements: the e-dossier module lays it out like a Chinese court document
/// (GB/T 9704), draws the seal, adds a verification QR code and signs it. The header is common to every kind.
/// </summary>
public abstract record CourtDocument
{
    /// <summary>e.g. 厦门市思明区人民法院.</summary>
    public required string CourtName { get; init; }

    /// <summary>
    /// e.g. (2026)闽0203民初1234号. Before a case exists (补正通知书, 不予受理裁定, 交费通知书 of an online filing) the filing
    /// reference, e.g. 网立2026120100001: the page then labels it 立案申请编号.
    /// </summary>
    public required string CaseNumber { get; init; }

    /// <summary>The date the document bears (落款日期), written in Chinese numerals on the page.</summary>
    public required DateOnly IssuedOn { get; init; }

    /// <summary>The title printed on the page, e.g. 受理通知书; also the document's title in the catalogue.</summary>
    public abstract string Title { get; }

    /// <summary>A stable kind for the API and the verification record, e.g. <c>acceptance-notice</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>
    /// Served on or shown to others, so it carries the seal and a verification QR code. Internal records (副卷) do not:
    /// the public verification page must not even confirm that they exist.
    /// </summary>
    public virtual bool IsPublicInstrument => true;

    /// <summary>
    /// Issued by the court, so it bears the court's name, the seal and the verification QR code. False for what a party
    /// files through the portal (要素式起诉状, 送达地址确认书, 授权委托书): the platform lays those out from what the party
    /// entered, and nothing on the page may suggest the court issued them.
    /// </summary>
    public virtual bool IsIssuedByCourt => true;
}

/// <summary>A party as a court document names it: 原告 陈明，男，1986年4月12日出生，住…</summary>
public sealed record DocumentParty(string Side, string Name, string? Particulars = null);

/// <summary>受理通知书 (民事诉讼法 art. 126): the court tells the plaintiff the case is accepted.</summary>
public sealed record AcceptanceNotice : CourtDocument
{
    public override string Title => "受理通知书";
    public override string Kind => "acceptance-notice";
    public required string Recipient { get; init; }
    /// <summary>案由, e.g. 民间借贷纠纷.</summary>
    public required string Cause { get; init; }
    public required DateOnly FiledOn { get; init; }
    /// <summary>The acceptance fee as it stands on the day of issue: the notice says that, not a generic demand to pay.</summary>
    public required AcceptanceFee Fee { get; init; }
    /// <summary>The code a party types with the case number for the public progress query.</summary>
    public string? QueryCode { get; init; }
    public string? JudgeName { get; init; }
    public string? ContactPhone { get; init; }
}

/// <summary>交费通知书 (诉讼费用交纳办法 art. 22): what to pay, on what basis, by when.</summary>
public sealed record FeePaymentNotice : CourtDocument
{
    public override string Title => "交费通知书";
    public override string Kind => "fee-payment-notice";
    public required string Recipient { get; init; }
    public required string Cause { get; init; }
    public required Money Amount { get; init; }
    /// <summary>e.g. 《诉讼费用交纳办法》第十三条第一项.</summary>
    public required string Basis { get; init; }
    public required DateOnly PayBy { get; init; }
    /// <summary>True when a year on the way had no State Council notice: the document says the date is inferred (DOMAIN.md §6).</summary>
    public bool PayByProvisional { get; init; }
    public string? PaymentAccount { get; init; }
}

/// <summary>举证通知书 (民事诉讼法 art. 68; 民事证据规定 art. 50): burden of proof and the evidence deadline.</summary>
public sealed record EvidenceNotice : CourtDocument
{
    public override string Title => "举证通知书";
    public override string Kind => "evidence-notice";
    public required string Recipient { get; init; }
    public required string Cause { get; init; }
    public required DateOnly EvidenceDeadline { get; init; }
    /// <summary>True when a year on the way had no State Council notice: the document says the date is inferred (DOMAIN.md §6).</summary>
    public bool EvidenceDeadlineProvisional { get; init; }
}

/// <summary>传票 (民事诉讼法 art. 139): summons to a hearing.</summary>
public sealed record Summons : CourtDocument
{
    public override string Title => "传票";
    public override string Kind => "summons";
    public required string Recipient { get; init; }
    /// <summary>The recipient's side, e.g. 被告.</summary>
    public required string RecipientSide { get; init; }
    public required string Cause { get; init; }
    /// <summary>UTC; printed in China Standard Time.</summary>
    public required DateTime HearingAtUtc { get; init; }
    public required string Venue { get; init; }
    public string? Notes { get; init; }
}

/// <summary>电子送达凭证 (民事诉讼法 art. 90): which documents reached which electronic address, and when.</summary>
public sealed record ElectronicServiceReceipt : CourtDocument
{
    public override string Title => "电子送达凭证";
    public override string Kind => "electronic-service-receipt";
    public required string Recipient { get; init; }
    /// <summary>e.g. 诉讼服务平台账户 litigant / 手机 139****0001.</summary>
    public required string ServiceAddress { get; init; }
    public required IReadOnlyList<string> DocumentTitles { get; init; }
    /// <summary>When the documents reached the recipient's system (the service date), UTC.</summary>
    public required DateTime DeliveredAtUtc { get; init; }
    public DateTime? OpenedAtUtc { get; init; }
}

/// <summary>
/// 民事判决书 built from its structured elements (法院诉讼文书样式): parties, procedure, claims, findings, reasoning,
/// legal basis, orders, costs, appeal notice, the panel and the clerk.
/// </summary>
public sealed record Judgment : CourtDocument
{
    public override string Title => "民事判决书";
    public override string Kind => "judgment";
    public required IReadOnlyList<DocumentParty> Parties { get; init; }
    public required string Cause { get; init; }
    /// <summary>How the case came and was heard, e.g. 本院于…立案后，依法适用简易程序，公开开庭进行了审理。</summary>
    public required string Procedure { get; init; }
    public required string Claims { get; init; }
    public string? Defence { get; init; }
    public required string Findings { get; init; }
    public required string Reasoning { get; init; }
    /// <summary>e.g. 《中华人民共和国民法典》第六百七十五条.</summary>
    public required IReadOnlyList<string> LegalBasis { get; init; }
    public required IReadOnlyList<string> Orders { get; init; }
    public required string Costs { get; init; }
    public required string AppealNotice { get; init; }
    /// <summary>e.g. ("审判员", "王审判").</summary>
    public required IReadOnlyList<(string Title, string Name)> Panel { get; init; }
    public required string ClerkName { get; init; }
}

/// <summary>合议庭评议笔录: the panel's deliberation, kept in the internal volume (副卷) and never shown to parties.</summary>
public sealed record DeliberationRecord : CourtDocument
{
    public override string Title => "合议庭评议笔录";
    public override string Kind => "deliberation-record";
    public override bool IsPublicInstrument => false;
    public required string Cause { get; init; }
    /// <summary>UTC; printed in China Standard Time.</summary>
    public required DateTime HeldAtUtc { get; init; }
    public required string Place { get; init; }
    /// <summary>e.g. ("审判长", "王审判").</summary>
    public required IReadOnlyList<(string Title, string Name)> Members { get; init; }
    /// <summary>Each member's view, in the order they spoke, e.g. ("审判员 王审判", "…").</summary>
    public required IReadOnlyList<(string Speaker, string Opinion)> Opinions { get; init; }
    public required string Conclusion { get; init; }
    public required string ClerkName { get; init; }
}
