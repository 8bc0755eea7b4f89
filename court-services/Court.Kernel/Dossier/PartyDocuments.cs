namespace Court.Kernel.Dossier;

/// <summary>
/// 要素式起诉状: the complaint as the structured facts a judge needs for its case type (e.g. for 民间借贷: principal, date
/// lent, agreed interest, repayments, guarantees). A party's document, laid out from what the filer entered; the court
/// neither issues nor seals it. <see cref="CourtDocument.CourtName"/> is the court whose platform received it.
/// </summary>
public sealed record ElementComplaint : CourtDocument
{
    public override string Title => "要素式起诉状";
    public override string Kind => "element-complaint";
    public override bool IsIssuedByCourt => false;
    /// <summary>e.g. ("原告", "陈明", "男，1986年4月12日出生，…"), ("被告", "李华", …).</summary>
    public required IReadOnlyList<DocumentParty> Parties { get; init; }
    public required string Cause { get; init; }
    /// <summary>诉讼请求, each one claim.</summary>
    public required IReadOnlyList<string> Claims { get; init; }
    /// <summary>The case type's elements in the form's order, e.g. ("借款本金", "100000元"), ("出借日期", "2025年3月1日").</summary>
    public required IReadOnlyList<(string Label, string Value)> Elements { get; init; }
    public required string FactsAndReasons { get; init; }
    /// <summary>此致 …: the court the complaint is addressed to; null means <see cref="CourtDocument.CourtName"/>.</summary>
    public string? AddressedCourt { get; init; }
    /// <summary>具状人: the plaintiff, or the lawyer filing for them.</summary>
    public required string Filer { get; init; }
    public required DateOnly FiledOn { get; init; }
}

/// <summary>
/// 送达地址确认书 (民事诉讼法 第九十条; 《最高人民法院关于进一步加强民事送达工作的若干意见》): where and how a party is
/// served, and whether they consent to electronic service. A party's document.
/// </summary>
public sealed record ServiceAddressConfirmation : CourtDocument
{
    public override string Title => "送达地址确认书";
    public override string Kind => "service-address-confirmation";
    public override bool IsIssuedByCourt => false;
    public required string PartyName { get; init; }
    /// <summary>e.g. 原告.</summary>
    public required string PartySide { get; init; }
    public required string Phone { get; init; }
    public string? Email { get; init; }
    /// <summary>The portal account documents are delivered to, e.g. litigant.</summary>
    public required string PortalAccount { get; init; }
    public required string PostalAddress { get; init; }
    public required bool ConsentsToElectronicService { get; init; }
    /// <summary>UTC; printed in China Standard Time.</summary>
    public required DateTime ConfirmedAtUtc { get; init; }
}

/// <summary>How far a lawyer may act for the client (民事诉讼法 第六十二条).</summary>
public enum AuthorisationScope
{
    /// <summary>一般授权: procedural acts only.</summary>
    General,

    /// <summary>特别授权: also to admit, waive or change claims, settle, counterclaim or appeal.</summary>
    Special,
}

/// <summary>
/// 授权委托书 (民事诉讼法 第六十二条): the client appoints a lawyer as agent ad litem, with the scope of the authority.
/// A party's document, confirmed by the client in the portal.
/// </summary>
public sealed record PowerOfAttorney : CourtDocument
{
    public override string Title => "授权委托书";
    public override string Kind => "power-of-attorney";
    public override bool IsIssuedByCourt => false;
    /// <summary>委托人, e.g. 陈明.</summary>
    public required string Client { get; init; }
    /// <summary>受委托人, e.g. 林晓.</summary>
    public required string Lawyer { get; init; }
    public required string Firm { get; init; }
    /// <summary>律师执业证号, 17 digits.</summary>
    public required string LicenceNumber { get; init; }
    /// <summary>案由 of the matter the authority is for, e.g. 民间借贷纠纷.</summary>
    public required string Cause { get; init; }
    public required AuthorisationScope Scope { get; init; }
    /// <summary>When the client confirmed it in the portal, UTC; printed in China Standard Time.</summary>
    public required DateTime ConfirmedAtUtc { get; init; }
}
