using Court.Kernel.Dossier;
using static Court.EDossier.Rendering.DecisionBlocks;

namespace Court.EDossier.Rendering;

/// <summary>民事裁定书（不予受理）in the order of the 法院诉讼文书样式: parties, claims, reasoning, basis, order, appeal, signatures.</summary>
internal static class RejectionRulingTemplate
{
    public static IReadOnlyList<Block> Body(RejectionRuling ruling)
    {
        var blocks = new List<Block>(Parties(ruling.Parties))
        {
            new Paragraph(ruling.Claims),
            new Paragraph(Prefixed(ruling.Reasoning, "本院经审查认为，", "本院经审查", "本院认为")),
            new Paragraph($"依照{string.Join("、", ruling.LegalBasis)}的规定，裁定如下："),
        };
        blocks.AddRange(Orders(ruling.Orders));
        blocks.Add(new Paragraph(ruling.AppealNotice));
        blocks.Add(new BlankLine());
        blocks.AddRange(Signatures(ruling, ruling.Panel, ruling.ClerkName));
        return blocks;
    }
}
