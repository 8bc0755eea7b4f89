using System.Globalization;
using Court.Kernel.Dossier;

namespace Court.EDossier.Rendering;

internal static class FeePaymentNoticeTemplate
{
    public static IReadOnlyList<Block> Body(FeePaymentNotice notice)
    {
        var figures = notice.Amount.Yuan.ToString("#,##0.00", CultureInfo.InvariantCulture);
        var blocks = new List<Block>
        {
            new FlushLine($"{notice.Recipient}："),
            new Paragraph($"{Subject(notice)}依照{notice.Basis}的规定，你应当预交案件受理费人民币{figures}元（大写：人民币{notice.Amount.ToChineseUppercase()}）。"),
            new Paragraph($"请于{ChineseNumerals.DeadlineDate(notice.PayBy, notice.PayByProvisional)}前交纳。逾期不交纳又不提出缓交、减交、免交申请的，本院将依照《诉讼费用交纳办法》第二十二条的规定按撤诉处理。"),
        };
        if (notice.PaymentAccount is { } account) blocks.Add(new LabelledLine("交款账户：", account));
        blocks.Add(new LabelledLine("计费依据：", notice.Basis));
        blocks.Add(new Paragraph("特此通知。"));
        blocks.Add(new BlankLine());
        blocks.Add(DocumentTemplates.SignOff(notice));
        return blocks;
    }

    // Online filing asks for the fee before the case is accepted: the notice then names the filing, not an accepted case.
    private static string Subject(FeePaymentNotice notice) => DocumentNumber.IsCaseNumber(notice.CaseNumber)
        ? $"你诉{notice.Cause}一案，本院已经受理。"
        : $"你通过网上立案提交的{notice.Cause}一案起诉材料，本院已经收到。";
}
