using Court.Kernel.Dossier;

namespace Court.EDossier.Rendering;

/// <summary>民事判决书 in the order of the 2016 法院诉讼文书样式 (first-instance civil judgment).</summary>
internal static class JudgmentTemplate
{
    public static IReadOnlyList<Block> Body(Judgment judgment)
    {
        var blocks = new List<Block>();
        foreach (var party in judgment.Parties)
            blocks.Add(new Paragraph($"{party.Side}：{party.Name}" + (party.Particulars is { } p ? $"，{p.TrimEnd('。')}。" : "。")));
        blocks.Add(new Paragraph(judgment.Procedure));
        blocks.Add(new Paragraph(judgment.Claims));
        if (judgment.Defence is { } defence) blocks.Add(new Paragraph(defence));
        blocks.Add(new Paragraph(Prefixed(judgment.Findings, "本院经审理认定事实如下：", "经审理查明", "本院经审理")));
        blocks.Add(new Paragraph(Prefixed(judgment.Reasoning, "本院认为，", "本院认为")));
        blocks.Add(new Paragraph($"依照{string.Join("、", judgment.LegalBasis)}之规定，判决如下："));
        for (var i = 0; i < judgment.Orders.Count; i++)
            blocks.Add(new Paragraph($"{ChineseNumerals.Number(i + 1)}、{judgment.Orders[i]}"));
        blocks.Add(new Paragraph(judgment.Costs));
        blocks.Add(new Paragraph(judgment.AppealNotice));
        blocks.Add(new BlankLine());
        blocks.Add(new KeepLinesTogether(judgment.Panel.Count + 3));
        foreach (var (title, name) in judgment.Panel)
            blocks.Add(new RightLine($"{SpreadTitle(title)}　{name}", RightIndent: 2));
        blocks.Add(new SealedSignOff(judgment.CourtName, judgment.IssuedOn, ShowCourtName: false));
        blocks.Add(new RightLine($"{SpreadTitle("书记员")}　{judgment.ClerkName}", RightIndent: 2));
        return blocks;
    }

    private static string Prefixed(string text, string prefix, params string[] alreadyIntroducedBy) =>
        alreadyIntroducedBy.Any(text.StartsWith) ? text : prefix + text;

    // 审判长, 审判员 and 书记员 line up in the signature block.
    private static string SpreadTitle(string title) => title.Length == 3 ? string.Join('　', title.ToCharArray()) : title;
}
