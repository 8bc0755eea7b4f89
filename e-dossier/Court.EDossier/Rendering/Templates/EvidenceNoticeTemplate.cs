using Court.Kernel.Dossier;

namespace Court.EDossier.Rendering;

internal static class EvidenceNoticeTemplate
{
    public static IReadOnlyList<Block> Body(EvidenceNotice notice) =>
    [
        new FlushLine($"{notice.Recipient}："),
        new Paragraph($"本院受理的{notice.Cause}一案，依照《中华人民共和国民事诉讼法》第六十七条、第六十八条和《最高人民法院关于民事诉讼证据的若干规定》的规定，现将有关举证事项通知如下："),
        new Paragraph("一、当事人对自己提出的主张，有责任提供证据。当事人未能提供证据或者证据不足以证明其事实主张的，由负有举证证明责任的当事人承担不利的后果。"),
        new Paragraph("二、当事人向人民法院提供证据，应当提供原件或者原物。如需自己保存证据原件、原物或者提供原件、原物确有困难的，可以提供经人民法院核对无异的复制件或者复制品。"),
        new Paragraph("三、当事人应当对其提交的证据材料逐一分类编号，对证据材料的来源、证明对象和内容作简要说明，签名盖章，注明提交日期，并依照对方当事人人数提出副本。"),
        new Paragraph($"四、本案举证期限至{ChineseNumerals.DeadlineDate(notice.EvidenceDeadline, notice.EvidenceDeadlineProvisional)}止。当事人应当在举证期限内向本院提交证据材料；逾期提供证据的，本院依照《中华人民共和国民事诉讼法》第六十八条第二款的规定处理。"),
        new Paragraph("五、当事人因客观原因不能自行收集的证据，可以在举证期限届满前书面申请人民法院调查收集。"),
        new Paragraph("特此通知。"),
        new BlankLine(),
        DocumentTemplates.SignOff(notice),
    ];
}
