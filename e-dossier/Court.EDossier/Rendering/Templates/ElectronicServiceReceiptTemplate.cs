using Court.Kernel;
using Court.Kernel.Dossier;

namespace Court.EDossier.Rendering;

internal static class ElectronicServiceReceiptTemplate
{
    public static IReadOnlyList<Block> Body(ElectronicServiceReceipt receipt)
    {
        var delivered = ShanghaiTime.Format(receipt.DeliveredAtUtc);
        var opened = receipt.OpenedAtUtc is { } at ? ShanghaiTime.Format(at) : "尚未查阅";
        var rows = receipt.DocumentTitles
            .Select((title, i) => (IReadOnlyList<string>)[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), title, delivered])
            .ToArray();
        return
        [
            DocumentNumber.Line(receipt.CaseNumber),
            new LabelledLine("受送达人：", receipt.Recipient),
            new LabelledLine("送达地址：", receipt.ServiceAddress),
            new LabelledLine("送达方式：", "电子送达"),
            new Table([3, 15, 10], ["序号", "送达文书", "到达时间"], rows),
            new LabelledLine("送达时间：", delivered),
            new LabelledLine("查阅时间：", opened),
            new Paragraph("依照《中华人民共和国民事诉讼法》第九十条的规定，经受送达人同意，本院采用电子方式送达上列诉讼文书。文书到达受送达人特定系统的日期为送达日期。"),
            new BlankLine(),
            DocumentTemplates.SignOff(receipt),
        ];
    }
}
