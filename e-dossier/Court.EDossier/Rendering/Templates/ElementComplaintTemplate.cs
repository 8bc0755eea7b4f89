using Court.Kernel.Dossier;
using static Court.EDossier.Rendering.DecisionBlocks;

namespace Court.EDossier.Rendering;

/// <summary>要素式起诉状: parties, cause, claims, the case type's elements one per line, facts and reasons, 此致, the filer.</summary>
internal static class ElementComplaintTemplate
{
    public static IReadOnlyList<Block> Body(ElementComplaint complaint)
    {
        var blocks = new List<Block>(Parties(complaint.Parties))
        {
            new LabelledLine("案　　由：", complaint.Cause),
            new FlushLine("诉讼请求："),
        };
        blocks.AddRange(complaint.Claims.Select((claim, i) => new Paragraph($"{i + 1}．{claim}")));
        blocks.Add(new FlushLine("案件要素："));
        blocks.AddRange(complaint.Elements.Select(e => new LabelledLine($"{e.Label}：", e.Value)));
        blocks.Add(new FlushLine("事实与理由："));
        blocks.Add(new Paragraph(complaint.FactsAndReasons));
        blocks.Add(new BlankLine());
        blocks.Add(new KeepLinesTogether(4));
        blocks.Add(new Paragraph("此致"));
        blocks.Add(new FlushLine(complaint.AddressedCourt ?? complaint.CourtName));
        blocks.Add(new RightLine($"具状人：{complaint.Filer}", RightIndent: 2));
        blocks.Add(new RightLine(ChineseNumerals.BodyDate(complaint.FiledOn), RightIndent: 2));
        return blocks;
    }
}
