using System.Globalization;
using Court.Kernel;
using Court.Kernel.Dossier;

namespace Court.EDossier.Rendering;

internal static class AcceptanceNoticeTemplate
{
    public static IReadOnlyList<Block> Body(AcceptanceNotice notice)
    {
        var blocks = new List<Block>
        {
            new FlushLine($"{notice.Recipient}："),
            new Paragraph($"你于{ChineseNumerals.BodyDate(notice.FiledOn)}提起的{notice.Cause}一案的起诉状已收到。经审查，起诉符合法定受理条件，本院决定立案审理，案号为{notice.CaseNumber}。依照《中华人民共和国民事诉讼法》第一百二十六条的规定，现将有关事项通知如下："),
            new Paragraph("一、在诉讼过程中，当事人必须依法行使诉讼权利，有权行使《中华人民共和国民事诉讼法》第五十二条规定的诉讼权利，同时也必须遵守诉讼秩序，履行诉讼义务。"),
            new Paragraph($"二、{FeeParagraph(notice.Fee)}"),
        };
        var next = 3;
        if (notice.QueryCode is { } code)
            blocks.Add(new Paragraph($"{ChineseNumerals.Number(next++)}、你可凭案号及查询码{code}通过人民法院在线服务平台查询本案的立案、排期、审理等进展情况。"));
        if (notice.JudgeName is { } judge)
            blocks.Add(new Paragraph($"{ChineseNumerals.Number(next++)}、本案由审判员{judge}承办" + (notice.ContactPhone is { } phone ? $"，联系电话：{phone}。" : "。")));
        else if (notice.ContactPhone is { } phone)
            blocks.Add(new Paragraph($"{ChineseNumerals.Number(next++)}、本院联系电话：{phone}。"));
        blocks.Add(new Paragraph("特此通知。"));
        blocks.Add(new BlankLine());
        blocks.Add(DocumentTemplates.SignOff(notice));
        return blocks;
    }

    private const string PayWithinSevenDays = "请于收到本通知书之日起七日内向本院预交；逾期不交纳又不提出缓交、减交、免交申请的，按撤诉处理。";

    /// <summary>The fee as it stands on the day of issue (诉讼费用交纳办法 art. 22: a demand only for what is still due).</summary>
    internal static string FeeParagraph(AcceptanceFee fee) => fee.Standing switch
    {
        AcceptanceFeeStanding.Due => $"本案应交纳案件受理费人民币{Yuan(fee.Amount)}元，{PayWithinSevenDays}",
        AcceptanceFeeStanding.Paid => $"你已于{Day(fee.On)}预交案件受理费人民币{Yuan(fee.Amount)}元，无须再行交纳。",
        AcceptanceFeeStanding.Halved when fee.On is { } paidOn =>
            $"本案案件受理费依照{fee.Basis}减半交纳，计人民币{Yuan(fee.Amount)}元，你已于{ChineseNumerals.BodyDate(paidOn)}交纳，无须再行交纳。",
        AcceptanceFeeStanding.Halved => $"本案案件受理费依照{fee.Basis}减半交纳，计人民币{Yuan(fee.Amount)}元，{PayWithinSevenDays}",
        AcceptanceFeeStanding.Refunded =>
            $"你已于{Day(fee.On)}预交案件受理费人民币{Yuan(fee.Amount)}元，其中人民币{Yuan(fee.Refunded ?? Money.Zero)}元已退还，实收人民币{Yuan(fee.Amount - (fee.Refunded ?? Money.Zero))}元，无须再行交纳。",
        AcceptanceFeeStanding.Deferred =>
            $"你申请缓交案件受理费，本院依照《诉讼费用交纳办法》第四十四条、第四十七条的规定予以准许。请于{Day(fee.On)}前交纳案件受理费人民币{Yuan(fee.Amount)}元。",
        AcceptanceFeeStanding.Waived => "你申请免交案件受理费，本院依照《诉讼费用交纳办法》第四十四条、第四十五条的规定予以准许，本案免交案件受理费。",
        _ => throw new ArgumentOutOfRangeException(nameof(fee), fee.Standing, "Unknown fee standing."),
    };

    private static string Yuan(Money amount) => amount.Yuan.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Day(DateOnly? day) => ChineseNumerals.BodyDate(day ?? throw new ArgumentException("The fee's date is missing.", nameof(day)));
}
