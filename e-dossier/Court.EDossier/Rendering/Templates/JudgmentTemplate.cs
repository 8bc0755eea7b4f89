using Court.Kernel.Dossier;
using static Court.EDossier.Rendering.DecisionBlocks;

namespace Court.EDossier.Rendering;

/// <summary>民事判决书 in the order of the 2016 法院诉讼文书样式 (first-instance civil judgment).</summary>
internal static class JudgmentTemplate
{
    public static IReadOnlyList<Block> Body(Judgment judgment)
    {
        var blocks = new List<Block>(Parties(judgment.Parties))
        {
            new Paragraph(judgment.Procedure),
            new Paragraph(judgment.Claims),
        };
        if (judgment.Defence is { } defence) blocks.Add(new Paragraph(defence));
        blocks.Add(new Paragraph(Prefixed(judgment.Findings, "本院经审理认定事实如下：", "经审理查明", "本院经审理")));
        blocks.Add(new Paragraph(Prefixed(judgment.Reasoning, "本院认为，", "本院认为")));
        blocks.Add(new Paragraph($"依照{string.Join("、", judgment.LegalBasis)}之规定，判决如下："));
        for (var i = 0; i < judgment.Orders.Count; i++)
            blocks.Add(new Paragraph($"{ChineseNumerals.Number(i + 1)}、{judgment.Orders[i]}"));
        blocks.Add(new Paragraph(judgment.Costs));
        blocks.Add(new Paragraph(judgment.AppealNotice));
        blocks.Add(new BlankLine());
        blocks.AddRange(Signatures(judgment, judgment.Panel, judgment.ClerkName));
        return blocks;
    }
}
