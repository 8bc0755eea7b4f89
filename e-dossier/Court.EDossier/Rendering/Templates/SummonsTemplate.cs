using Court.Kernel;
using Court.Kernel.Dossier;

namespace Court.EDossier.Rendering;

internal static class SummonsTemplate
{
    public static IReadOnlyList<Block> Body(Summons summons)
    {
        var blocks = new List<Block>
        {
            DocumentNumber.Line(summons.CaseNumber),
            new LabelledLine("案　　由：", summons.Cause),
            new LabelledLine("被传唤人：", summons.Recipient),
            new LabelledLine("诉讼地位：", summons.RecipientSide),
            new LabelledLine("传唤事由：", "开庭审理"),
            new LabelledLine("应到时间：", $"{ShanghaiTime.Format(summons.HearingAtUtc)}（北京时间）"),
            new LabelledLine("应到处所：", summons.Venue),
            new BlankLine(),
            new FlushLine("注意事项："),
            new Paragraph("一、被传唤人必须准时到达应到处所，并携带本传票及身份证明。"),
            new Paragraph("二、被传唤人收到传票后，应在送达回证上签名或者盖章。"),
            new Paragraph($"三、{summons.RecipientSide}经传票传唤，无正当理由拒不到庭的，本院将依照《中华人民共和国民事诉讼法》的有关规定处理。"),
        };
        if (summons.Notes is { } notes) blocks.Add(new Paragraph($"四、{notes}"));
        blocks.Add(new BlankLine());
        blocks.Add(DocumentTemplates.SignOff(summons));
        return blocks;
    }
}
