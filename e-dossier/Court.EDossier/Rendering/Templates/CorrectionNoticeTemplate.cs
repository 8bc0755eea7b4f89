using Court.Kernel.Dossier;

namespace Court.EDossier.Rendering;

/// <summary>补正通知书: every item to correct, numbered, once (登记立案规定 第七条), and the day by which to correct them.</summary>
internal static class CorrectionNoticeTemplate
{
    public static IReadOnlyList<Block> Body(CorrectionNotice notice)
    {
        if (notice.Items.Count == 0) throw new ArgumentException("A correction notice must list what to correct.", nameof(notice));
        var blocks = new List<Block>
        {
            new FlushLine($"{notice.Recipient}："),
            new Paragraph($"你提交的{notice.Cause}一案起诉材料，本院已经收到。经审查，起诉状及相关材料尚不符合要求。依照《最高人民法院关于人民法院登记立案若干问题的规定》第七条的规定，现一次性告知你补正下列内容："),
        };
        blocks.AddRange(notice.Items.Select((item, i) => new Paragraph($"{ChineseNumerals.Number(i + 1)}、{item.TrimEnd('。', '；', ';')}。")));
        blocks.Add(new Paragraph($"请于{ChineseNumerals.DeadlineDate(notice.CorrectBy, notice.CorrectByProvisional)}前通过诉讼服务平台在原立案申请中补正上列内容并重新提交。在指定期限内补正的，本院决定是否立案的期间自收到补正材料之日起计算；逾期未补正的，退回诉状并记录在册；经补正仍不符合要求的，本院将依法裁定不予受理。"));
        if (notice.Note is { } note) blocks.Add(new Paragraph(note));
        blocks.Add(new Paragraph("特此通知。"));
        blocks.Add(new BlankLine());
        blocks.Add(DocumentTemplates.SignOff(notice));
        return blocks;
    }
}
