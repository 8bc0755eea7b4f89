using Court.Kernel;
using Court.Kernel.Dossier;

namespace Court.EDossier.Tests.Rendering;

/// <summary>Realistic documents of one case at 厦门市思明区人民法院.</summary>
internal static class SampleDocuments
{
    public const string Court = "厦门市思明区人民法院";
    public const string CaseNumber = "(2026)闽0203民初1234号";
    public static readonly DateOnly IssuedOn = new(2026, 12, 1);

    public static AcceptanceNotice Acceptance() => new()
    {
        CourtName = Court, CaseNumber = CaseNumber, IssuedOn = IssuedOn,
        Recipient = "陈明", Cause = "民间借贷纠纷", FiledOn = new DateOnly(2026, 11, 20), Fee = AcceptanceFee.Paid(Money.FromYuan(2_700m), new DateOnly(2026, 11, 20)),
        QueryCode = "8K2Q7M", JudgeName = "王审判", ContactPhone = "0592-2101234",
    };

    public static FeePaymentNotice FeePayment() => new()
    {
        CourtName = Court, CaseNumber = CaseNumber, IssuedOn = IssuedOn,
        Recipient = "陈明", Cause = "民间借贷纠纷", Amount = Money.FromYuan(2_300.50m),
        Basis = "《诉讼费用交纳办法》第十三条第一项", PayBy = new DateOnly(2026, 12, 8),
        PaymentAccount = "厦门市思明区人民法院诉讼费专户 3510 0155 0000 5250 1234",
    };

    public static EvidenceNotice Evidence() => new()
    {
        CourtName = Court, CaseNumber = CaseNumber, IssuedOn = IssuedOn,
        Recipient = "李华", Cause = "民间借贷纠纷", EvidenceDeadline = new DateOnly(2026, 12, 31),
    };

    public static Summons Summons() => new()
    {
        CourtName = Court, CaseNumber = CaseNumber, IssuedOn = IssuedOn,
        Recipient = "李华", RecipientSide = "被告", Cause = "民间借贷纠纷",
        HearingAtUtc = new DateTime(2026, 12, 15, 1, 30, 0, DateTimeKind.Utc), Venue = "本院第三法庭（厦门市思明区湖滨南路334号）",
        Notes = "请携带身份证原件及全部证据原件。",
    };

    public static ElectronicServiceReceipt ServiceReceipt() => new()
    {
        CourtName = Court, CaseNumber = CaseNumber, IssuedOn = IssuedOn,
        Recipient = "李华", ServiceAddress = "诉讼服务平台账户 lihua / 手机 139****0001",
        DocumentTitles = ["起诉状副本", "受理通知书", "举证通知书", "传票"],
        DeliveredAtUtc = new DateTime(2026, 11, 22, 2, 21, 0, DateTimeKind.Utc),
        OpenedAtUtc = new DateTime(2026, 11, 22, 6, 5, 0, DateTimeKind.Utc),
    };

    public static Judgment Judgment(int findingsRepeat = 1) => new()
    {
        CourtName = Court, CaseNumber = CaseNumber, IssuedOn = IssuedOn,
        Parties =
        [
            new DocumentParty("原告", "陈明", "男，1986年4月12日出生，汉族，住福建省厦门市思明区莲前西路188号"),
            new DocumentParty("被告", "李华", "男，1984年9月3日出生，汉族，住福建省厦门市湖里区长乐路66号"),
        ],
        Cause = "民间借贷纠纷",
        Procedure = "原告陈明与被告李华民间借贷纠纷一案，本院于2026年11月20日立案后，依法适用简易程序，公开开庭进行了审理。原告陈明、被告李华到庭参加诉讼。本案现已审理终结。",
        Claims = "陈明向本院提出诉讼请求：1.判令李华偿还借款本金人民币100000元及利息（以100000元为基数，自2026年3月1日起按年利率3.45%计算至实际清偿之日止）；2.本案诉讼费用由李华负担。事实和理由：李华于2025年3月1日向陈明借款100000元，约定一年内归还，到期后经催讨未还。",
        Defence = "李华辩称，借款事实属实，但因经营困难暂无力偿还，请求法院允许分期还款。",
        Findings = string.Concat(Enumerable.Repeat("2025年3月1日，李华向陈明出具借条一份，载明：“今借到陈明人民币壹拾万元整，于2026年2月28日前归还。”同日，陈明通过银行转账向李华支付100000元。借款到期后，陈明多次催讨，李华至今未还。", findingsRepeat)),
        Reasoning = "合法的借贷关系受法律保护。陈明与李华之间的借贷关系有借条及银行转账凭证为证，事实清楚，本院予以确认。李华未按约定期限归还借款，应当承担偿还借款本金并支付逾期利息的民事责任。李华关于分期还款的主张，未经陈明同意，本院不予支持。",
        LegalBasis = ["《中华人民共和国民法典》第六百六十七条、第六百七十五条、第六百七十六条", "《中华人民共和国民事诉讼法》第六十七条"],
        Orders =
        [
            "被告李华于本判决生效之日起十日内偿还原告陈明借款本金人民币100000元；",
            "被告李华于本判决生效之日起十日内支付原告陈明逾期利息（以100000元为基数，自2026年3月1日起按年利率3.45%计算至实际清偿之日止）。",
        ],
        Costs = "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。案件受理费减半收取计1150元，由被告李华负担。",
        AppealNotice = "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于福建省厦门市中级人民法院。",
        Panel = [("审判员", "王审判")],
        ClerkName = "林书记",
    };

    public static IEnumerable<CourtDocument> OneOfEachKind() =>
        [Acceptance(), FeePayment(), Evidence(), Summons(), ServiceReceipt(), Judgment()];
}
