using Court.Kernel;
using Court.Kernel.Dossier;

namespace Court.EDossier.Tests.Rendering;

/// <summary>The documents of one online filing at 厦门市思明区人民法院, before and around its becoming a case.</summary>
internal static class SampleFilingDocuments
{
    public const string FilingReference = "网立2026120100001";
    public const string ConfirmationCaseNumber = "(2026)闽0203民特12号";

    private static readonly DocumentParty Plaintiff = new("原告", "陈明", "男，1986年4月12日出生，汉族，住福建省厦门市思明区莲前西路188号");
    private static readonly DocumentParty Defendant = new("被告", "李华", "男，1984年9月3日出生，汉族，住福建省厦门市湖里区长乐路66号");

    public static CorrectionNotice Correction() => new()
    {
        CourtName = SampleDocuments.Court, CaseNumber = FilingReference, IssuedOn = SampleDocuments.IssuedOn,
        Recipient = "陈明", Cause = "民间借贷纠纷",
        Items = ["补充提交被告李华的身份证明或者户籍信息", "诉讼请求第二项所主张利息的计算起止日期和利率不明确，请写明"],
        CorrectBy = new DateOnly(2026, 12, 8),
        Note = "补正时请上传借条原件的清晰照片。",
    };

    public static RejectionRuling Rejection() => new()
    {
        CourtName = SampleDocuments.Court, CaseNumber = FilingReference, IssuedOn = SampleDocuments.IssuedOn,
        Parties = [Plaintiff with { Side = "起诉人" }, Defendant with { Side = "被起诉人" }],
        Cause = "民间借贷纠纷",
        Claims = "起诉人陈明向本院提出诉讼请求：判令被起诉人李华偿还借款本金100000元。",
        Reasoning = "本院经审查认为，陈明就同一借款已于2026年6月向本院提起诉讼，本院作出的（2026）闽0203民初888号民事判决已经发生法律效力。陈明再次起诉，属于重复起诉。",
        LegalBasis = ["《中华人民共和国民事诉讼法》第一百二十二条、第一百二十六条、第一百二十七条第五项", "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百四十七条"],
        Orders = ["对陈明的起诉，本院不予受理。"],
        AppealNotice = "如不服本裁定，可以在裁定书送达之日起十日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于福建省厦门市中级人民法院。",
        Panel = [("审判员", "黄立案")],
        ClerkName = "林书记",
    };

    public static JudicialConfirmationRuling Confirmation() => new()
    {
        CourtName = SampleDocuments.Court, CaseNumber = ConfirmationCaseNumber, IssuedOn = SampleDocuments.IssuedOn,
        Applicants = [Plaintiff with { Side = "申请人" }, Defendant with { Side = "申请人" }],
        MediationOrganisation = "厦门市思明区人民调解委员会",
        AgreementDate = new DateOnly(2026, 11, 25),
        AgreementTerms = ["李华于2027年1月31日前向陈明偿还借款本金100000元；", "陈明放弃其余诉讼请求。"],
        Reasoning = "申请人达成的调解协议，是双方真实意思表示，不违反法律、行政法规的强制性规定，不损害国家利益、社会公共利益和他人合法权益，符合司法确认调解协议的法定条件。",
        Orders = ["申请人陈明与李华于2026年11月25日经厦门市思明区人民调解委员会主持调解达成的调解协议有效。"],
        Panel = [("审判员", "王审判")],
        ClerkName = "林书记",
    };

    public static ElementComplaint Complaint() => new()
    {
        CourtName = SampleDocuments.Court, CaseNumber = FilingReference, IssuedOn = SampleDocuments.IssuedOn,
        Parties = [Plaintiff, Defendant],
        Cause = "民间借贷纠纷",
        Claims = ["判令被告偿还借款本金100000元；", "判令被告支付逾期利息（以100000元为基数，自2026年3月1日起按年利率3.45%计算至实际清偿之日止）；", "本案诉讼费用由被告负担。"],
        Elements =
        [
            ("借款本金", "100000元"), ("出借日期", "2025年3月1日"), ("约定还款日期", "2026年2月28日"), ("约定利息", "未约定借期内利息"),
            ("交付方式", "银行转账（中国工商银行，尾号1234）"), ("已还款情况", "未还款"), ("担保情况", "无"),
        ],
        FactsAndReasons = "2025年3月1日，被告向原告借款100000元，出具借条一份，约定于2026年2月28日前归还。原告当日通过银行转账交付借款。借款到期后，经原告多次催讨，被告至今未还。",
        Filer = "陈明",
        FiledOn = new DateOnly(2026, 11, 30),
    };

    public static ServiceAddressConfirmation ServiceAddress() => new()
    {
        CourtName = SampleDocuments.Court, CaseNumber = FilingReference, IssuedOn = SampleDocuments.IssuedOn,
        PartyName = "陈明", PartySide = "原告", Phone = "13900000001", Email = "chenming@example.cn", PortalAccount = "litigant",
        PostalAddress = "福建省厦门市思明区莲前西路188号", ConsentsToElectronicService = true,
        ConfirmedAtUtc = new DateTime(2026, 11, 30, 2, 15, 0, DateTimeKind.Utc),
    };

    public static PowerOfAttorney Power() => new()
    {
        CourtName = SampleDocuments.Court, CaseNumber = FilingReference, IssuedOn = SampleDocuments.IssuedOn,
        Client = "陈明", Lawyer = "林晓", Firm = "福建鹭江律师事务所", LicenceNumber = "13502201810234567", Cause = "民间借贷纠纷",
        Scope = AuthorisationScope.Special,
        ConfirmedAtUtc = new DateTime(2026, 11, 30, 3, 40, 0, DateTimeKind.Utc),
    };

    /// <summary>What the court issues for a filing: sealed, with a QR code.</summary>
    public static IEnumerable<CourtDocument> CourtIssued() => [Correction(), Rejection(), Confirmation()];

    /// <summary>What a party files, laid out by the platform: no seal, no QR code.</summary>
    public static IEnumerable<CourtDocument> PartyFiled() => [Complaint(), ServiceAddress(), Power()];

    public static IEnumerable<CourtDocument> All() => [.. CourtIssued(), .. PartyFiled()];
}
