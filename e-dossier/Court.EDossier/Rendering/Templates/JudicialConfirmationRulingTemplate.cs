using Court.Kernel.Dossier;
using static Court.EDossier.Rendering.DecisionBlocks;

namespace Court.EDossier.Rendering;

/// <summary>
/// 民事裁定书（司法确认）: the applicants, the agreement as reached before the mediation organisation, the court's review,
/// the orders under 民事诉讼法 第二百零五条、第二百零六条, and that it takes effect at once (no appeal lies).
/// </summary>
internal static class JudicialConfirmationRulingTemplate
{
    public static IReadOnlyList<Block> Body(JudicialConfirmationRuling ruling)
    {
        var names = string.Join("、", ruling.Applicants.Select(a => a.Name));
        var blocks = new List<Block>(Parties(ruling.Applicants))
        {
            new Paragraph($"申请人{names}于{ChineseNumerals.BodyDate(ruling.AgreementDate)}经{ruling.MediationOrganisation}主持调解，达成如下调解协议："),
        };
        blocks.AddRange(ruling.AgreementTerms.Select((term, i) => new Paragraph($"{ChineseNumerals.Number(i + 1)}、{term}")));
        blocks.Add(new Paragraph($"申请人{names}共同向本院申请确认上述调解协议的效力。"));
        blocks.Add(new Paragraph(Prefixed(ruling.Reasoning, "本院经审查认为，", "本院经审查", "本院认为")));
        blocks.Add(new Paragraph("依照《中华人民共和国民事诉讼法》第二百零五条、第二百零六条的规定，裁定如下："));
        blocks.AddRange(Orders(ruling.Orders));
        blocks.Add(new Paragraph("本裁定自即日起发生法律效力。一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请执行。"));
        blocks.Add(new BlankLine());
        blocks.AddRange(Signatures(ruling, ruling.Panel, ruling.ClerkName));
        return blocks;
    }
}
