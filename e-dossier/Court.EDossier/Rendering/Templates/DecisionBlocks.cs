using Court.Kernel.Dossier;

namespace Court.EDossier.Rendering;

/// <summary>What 判决书 and 裁定书 share (法院诉讼文书样式): the party lines, numbered orders, and the signature block.</summary>
internal static class DecisionBlocks
{
    /// <summary>原告：陈明，男，1986年4月12日出生，…。 One paragraph per party.</summary>
    public static IEnumerable<Block> Parties(IEnumerable<DocumentParty> parties) =>
        parties.Select(party => new Paragraph($"{party.Side}：{party.Name}" + (party.Particulars is { } p ? $"，{p.TrimEnd('。')}。" : "。")));

    /// <summary>One order stands alone; several are numbered 一、二、.</summary>
    public static IEnumerable<Block> Orders(IReadOnlyList<string> orders) => orders.Count == 1
        ? [new Paragraph(orders[0])]
        : orders.Select((order, i) => new Paragraph($"{ChineseNumerals.Number(i + 1)}、{order}"));

    /// <summary>The panel, the date under the seal, the clerk; kept together on one page.</summary>
    public static IEnumerable<Block> Signatures(CourtDocument document, IReadOnlyList<(string Title, string Name)> panel, string clerkName)
    {
        yield return new KeepLinesTogether(panel.Count + 3);
        foreach (var (title, name) in panel)
            yield return new RightLine($"{SpreadTitle(title)}　{name}", RightIndent: 2);
        yield return new SealedSignOff(document.CourtName, document.IssuedOn, ShowCourtName: false);
        yield return new RightLine($"{SpreadTitle("书记员")}　{clerkName}", RightIndent: 2);
    }

    public static string Prefixed(string text, string prefix, params string[] alreadyIntroducedBy) =>
        alreadyIntroducedBy.Any(text.StartsWith) ? text : prefix + text;

    // 审判长, 审判员 and 书记员 line up in the signature block.
    private static string SpreadTitle(string title) => title.Length == 3 ? string.Join('　', title.ToCharArray()) : title;
}
