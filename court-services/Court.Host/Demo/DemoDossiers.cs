using Court.Kernel;
using Court.Kernel.Cases;
using Court.Kernel.Dossier;
using Court.Seeds.Demo;

namespace Court.Host.Demo;

/// <summary>
/// The demo civil case's dossier as the court would have produced it so far: the notices of acceptance, fees and evidence,
/// the summons and its electronic service receipt, the judgment, and the panel's deliberation record in the internal volume.
/// </summary>
internal static class DemoDossiers
{
    /// <summary>The demo case was accepted before its fee was paid: its 受理通知书 and 交费通知书 both ask for it.</summary>
    private static readonly Money DemoFee = Money.FromYuan(2_700m);

    public static async Task SeedAsync(IDossierApi dossier, CaseSummaryInfo loanCase, DateOnly today, CancellationToken ct)
    {
        var owner = DossierOwner.Case(loanCase.Id);
        var clerk = new DossierActor(null, "黄立案");
        var judge = new DossierActor(null, "王审判");
        var plaintiff = DemoCatalogue.Accounts.Single(a => a.UserName == "litigant").DisplayName;
        var defendant = DemoCatalogue.Parties.Single(p => p.CaseId == loanCase.Id && p.Side == "Defendant").Name;
        var filedOn = DateOnly.FromDateTime(ShanghaiTime.From(loanCase.FiledAt).DateTime);
        var header = (Court: loanCase.CourtName, Number: loanCase.Number);

        async Task Issue(CourtDocument document, DossierCategory category, DossierActor by, string step)
        {
            var result = await dossier.IssueCourtDocumentAsync(owner, document, category, by, step, ct);
            if (!result.Succeeded) throw new InvalidOperationException($"Demo dossier: {document.Title}: {result.Refusal!.Detail}");
        }

        await Issue(new AcceptanceNotice
        {
            CourtName = header.Court, CaseNumber = header.Number, IssuedOn = filedOn, Recipient = plaintiff, Cause = loanCase.Title, FiledOn = filedOn,
            Fee = AcceptanceFee.Due(DemoFee), QueryCode = "7Q4K2M", JudgeName = "王审判", ContactPhone = "0592-2345678",
        }, DossierCategory.AcceptanceMaterials, clerk, "filing-review");
        await Issue(new FeePaymentNotice
        {
            CourtName = header.Court, CaseNumber = header.Number, IssuedOn = filedOn, Recipient = plaintiff, Cause = loanCase.Title,
            Amount = DemoFee, Basis = "《诉讼费用交纳办法》第十三条第一项（诉讼标的额 120,000 元）", PayBy = filedOn.AddDays(7),
            PaymentAccount = "厦门市思明区人民法院诉讼费专户",
        }, DossierCategory.AcceptanceMaterials, clerk, "filing-review");
        await Issue(new EvidenceNotice
        {
            CourtName = header.Court, CaseNumber = header.Number, IssuedOn = filedOn, Recipient = plaintiff, Cause = loanCase.Title,
            EvidenceDeadline = filedOn.AddDays(30),
        }, DossierCategory.AcceptanceMaterials, clerk, "filing-review");
        var hearing = DateTime.SpecifyKind(filedOn.AddDays(40).ToDateTime(new TimeOnly(1, 30)), DateTimeKind.Utc);
        await Issue(new Summons
        {
            CourtName = header.Court, CaseNumber = header.Number, IssuedOn = filedOn.AddDays(3), Recipient = defendant, RecipientSide = "被告",
            Cause = loanCase.Title, HearingAtUtc = hearing, Venue = "厦门市思明区人民法院第三审判庭（湖滨北路 66 号）",
        }, DossierCategory.ServiceRecords, clerk, "service");
        await Issue(new ElectronicServiceReceipt
        {
            CourtName = header.Court, CaseNumber = header.Number, IssuedOn = filedOn.AddDays(3), Recipient = plaintiff,
            ServiceAddress = "诉讼服务平台账户 litigant；手机 139****0001", DocumentTitles = ["受理通知书", "交费通知书", "举证通知书"],
            DeliveredAtUtc = loanCase.FiledAt.AddHours(2), OpenedAtUtc = loanCase.FiledAt.AddHours(5),
        }, DossierCategory.ServiceRecords, clerk, "electronic-service");
        await Issue(new DeliberationRecord
        {
            CourtName = header.Court, CaseNumber = header.Number, IssuedOn = today, Cause = loanCase.Title,
            HeldAtUtc = hearing.AddDays(2), Place = "厦门市思明区人民法院第二合议室",
            Members = [("审判长", "王审判"), ("审判员", "李明德"), ("人民陪审员", "陈秀云")],
            Opinions =
            [
                ("审判员李明德", "借条与银行流水相互印证，借贷关系成立；被告未到庭，不影响事实认定。"),
                ("人民陪审员陈秀云", "同意。约定利率未超过法定上限，应予支持。"),
                ("审判长王审判", "同意以上意见。本案事实清楚，可当庭宣判。"),
            ],
            Conclusion = "一致同意支持原告返还借款本金及利息的诉讼请求，驳回其他诉讼请求。",
            ClerkName = "郑助理",
        }, DossierCategory.DeliberationRecords, judge, "deliberation");
        await Issue(DemoJudgment(header.Court, header.Number, today, plaintiff, defendant, filedOn), DossierCategory.Decisions, judge, "judgment");
    }

    private static Judgment DemoJudgment(string court, string number, DateOnly today, string plaintiff, string defendant, DateOnly filedOn) => new()
    {
        CourtName = court,
        CaseNumber = number,
        IssuedOn = today,
        Cause = "民间借贷纠纷",
        Parties =
        [
            new("原告", plaintiff, "男，1986年4月12日出生，汉族，住福建省厦门市思明区。"),
            new("委托诉讼代理人", "林晓", "福建鹭江律师事务所律师。"),
            new("被告", defendant, "男，1979年3月8日出生，汉族，住福建省厦门市思明区。"),
        ],
        Procedure = $"原告{plaintiff}与被告{defendant}民间借贷纠纷一案，本院于{filedOn:yyyy年M月d日}立案后，依法适用简易程序，公开开庭进行了审理。原告及其委托诉讼代理人到庭参加诉讼，被告经本院传票传唤无正当理由拒不到庭。本案现已审理终结。",
        Claims = "原告向本院提出诉讼请求：1.判令被告偿还借款本金120000元及利息；2.本案诉讼费用由被告负担。事实和理由：2025年3月1日，被告向原告借款120000元，约定于2025年9月1日前归还，年利率6%。借款到期后，被告未归还。",
        Defence = "被告未作答辩。",
        Findings = "本院经审理认定事实如下：2025年3月1日，被告向原告出具借条一份，载明借款120000元，年利率6%，于2025年9月1日前归还。同日，原告通过银行转账向被告支付120000元。借款到期后，被告未归还本息。",
        Reasoning = "本院认为，合法的借贷关系受法律保护。原告提交的借条、银行转账凭证足以证明双方之间存在借贷关系，原告已履行出借义务。被告未按约定期限返还借款，应承担返还借款本金并支付利息的民事责任。双方约定的年利率6%未超过合同成立时一年期贷款市场报价利率四倍，本院予以支持。被告经传票传唤无正当理由拒不到庭，视为放弃抗辩权利。",
        LegalBasis = ["《中华人民共和国民法典》第六百七十五条、第六百七十六条", "《中华人民共和国民事诉讼法》第一百四十七条"],
        Orders =
        [
            $"被告{defendant}于本判决生效之日起十日内偿还原告{plaintiff}借款本金120000元及利息（以120000元为基数，按年利率6%，自2025年3月1日起计至实际清偿之日止）；",
            "驳回原告的其他诉讼请求。",
        ],
        Costs = "案件受理费2700元，减半收取计1350元，由被告负担。",
        AppealNotice = "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于福建省厦门市中级人民法院。",
        Panel = [("审判员", "王审判")],
        ClerkName = "郑助理",
    };
}
