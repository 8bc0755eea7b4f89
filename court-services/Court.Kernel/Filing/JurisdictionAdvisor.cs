using System.Globalization;
using Court.Kernel.Cases;
using Court.Kernel.Fees;

namespace Court.Kernel.Filing;

/// <summary>
/// The places that decide territorial jurisdiction, as addresses or district names. Which ones matter depends on the
/// kind's <see cref="JurisdictionRule"/>; the others are ignored.
/// </summary>
public sealed record DisputePlaces
{
    /// <summary>被告住所地; where it differs from the habitual residence (经常居住地), the habitual residence (民事诉讼法第二十二条).</summary>
    public string? DefendantDomicile { get; init; }

    /// <summary>原告住所地 (or habitual residence): the place of the party receiving money, and in divorce cases under 第二十三条 / 民诉法解释第十二条.</summary>
    public string? PlaintiffDomicile { get; init; }

    /// <summary>合同约定的履行地点 (民诉法解释第十八条第一款); when absent the law fixes the place of performance.</summary>
    public string? AgreedPerformancePlace { get; init; }

    /// <summary>Whether what is claimed is money the plaintiff is to receive (借款、货款): then 接收货币一方所在地 is the place of performance.</summary>
    public bool PlaintiffReceivesMoney { get; init; } = true;

    /// <summary>The place of the court chosen by a written jurisdiction agreement (民事诉讼法第三十五条); it replaces the other places.</summary>
    public string? AgreedCourtPlace { get; init; }

    /// <summary>侵权行为地: where the accident happened or its result occurred (民诉法解释第二十四条).</summary>
    public string? TortPlace { get; init; }

    /// <summary>用人单位所在地.</summary>
    public string? EmployerLocation { get; init; }

    /// <summary>劳动合同履行地 (where the work was done), when known.</summary>
    public string? LabourContractPlace { get; init; }

    /// <summary>The defendant has left the domicile for more than a year (民诉法解释第十二条).</summary>
    public bool DefendantAwayOverOneYear { get; init; }

    /// <summary>The defendant lives outside the PRC, is missing or declared missing (民事诉讼法第二十三条第一、二项).</summary>
    public bool DefendantAbroadOrMissing { get; init; }
}

/// <summary>The competent court(s) for a first-instance case, and why. No court when the places are outside the map.</summary>
public sealed record JurisdictionProposal(IReadOnlyList<CourtInfo> Courts, string Explanation);

/// <summary>Proposes where to file (民事诉讼法 arts. 22–24, 29, 35–36; level thresholds per <see cref="JurisdictionMap"/>).</summary>
public static class JurisdictionAdvisor
{
    private const string Hotline = "可拨打12368诉讼服务热线咨询";

    private sealed record Connection(string What, string? Place, string Basis);

    /// <summary>
    /// <paramref name="amount"/> is 诉讼标的额 (see <see cref="ElementForm.ClaimedAmount"/>); <paramref name="onePartyOutsideProvince"/>
    /// is true when at least one party, but not every party, is domiciled outside the province (法发〔2021〕27号第二条: from
    /// 1亿); false when all parties are inside it or all outside it (第一条: from 5亿).
    /// </summary>
    public static JurisdictionProposal Propose(
        FilingCaseKind kind, DisputePlaces places, decimal? amount, bool onePartyOutsideProvince, JurisdictionMap map)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(map);

        var connections = Connections(kind, places);
        var missing = connections.FirstOrDefault(c => string.IsNullOrWhiteSpace(c.Place));
        if (missing is not null) return new([], $"请填写{missing.What}，用于确定管辖法院（{missing.Basis}）。");

        var lines = new List<string> { $"案由：{kind.Name}。" };
        var basic = new List<CourtInfo>();
        foreach (var c in connections)
        {
            if (map.Locate(c.Place) is { } district)
            {
                if (!basic.Contains(district.Court)) basic.Add(district.Court);
                lines.Add($"{c.What}（{c.Place}）属{district.District}，由{district.Court.Name}管辖（{c.Basis}）。");
            }
            else
            {
                lines.Add($"{c.What}（{c.Place}）不在本系统已配置的{map.City}各区范围内，系统无法确定该地的法院：请向{c.What}所在地的基层人民法院咨询，{Hotline}（{c.Basis}）。");
            }
        }
        if (basic.Count == 0) return new([], string.Join("", lines));

        var courts = Level(kind, amount, onePartyOutsideProvince, map, basic, lines);
        if (courts.Count > 1)
            lines.Add("以上法院都有管辖权，您可以选择其中一个法院起诉；向两个以上有管辖权的法院起诉的，由最先立案的法院管辖（民事诉讼法第三十六条）。");
        return new(courts, string.Join("", lines));
    }

    private static List<Connection> Connections(FilingCaseKind kind, DisputePlaces p)
    {
        const string Defendant = "被告住所地";
        switch (kind.Jurisdiction)
        {
            case JurisdictionRule.Contract:
                if (!string.IsNullOrWhiteSpace(p.AgreedCourtPlace))
                    return [new("书面协议选择的法院所在地", p.AgreedCourtPlace, "民事诉讼法第三十五条，协议管辖不得违反级别管辖和专属管辖")];
                var list = new List<Connection> { new(Defendant, p.DefendantDomicile, "民事诉讼法第二十四条") };
                if (!string.IsNullOrWhiteSpace(p.AgreedPerformancePlace))
                    list.Add(new("合同约定的履行地", p.AgreedPerformancePlace, "民事诉讼法第二十四条、民诉法解释第十八条第一款"));
                else if (p.PlaintiffReceivesMoney)
                    list.Add(new("合同履行地（争议标的为给付货币，接收货币一方即原告所在地）", p.PlaintiffDomicile,
                        kind.Slug == "private-lending" ? "民诉法解释第十八条第二款、《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第三条" : "民诉法解释第十八条第二款"));
                return list;
            case JurisdictionRule.Tort:
                return [new("侵权行为地（事故发生地）", p.TortPlace, "民事诉讼法第二十九条"), new(Defendant, p.DefendantDomicile, "民事诉讼法第二十九条")];
            case JurisdictionRule.Divorce:
                if (p.DefendantAbroadOrMissing)
                    return [new("原告住所地（被告不在中华人民共和国领域内居住或者下落不明）", p.PlaintiffDomicile, "民事诉讼法第二十三条")];
                return p.DefendantAwayOverOneYear
                    ? [new(Defendant, p.DefendantDomicile, "民事诉讼法第二十二条"), new("原告住所地（被告离开住所地超过一年）", p.PlaintiffDomicile, "民诉法解释第十二条")]
                    : [new(Defendant, p.DefendantDomicile, "民事诉讼法第二十二条")];
            case JurisdictionRule.Labour:
                var labour = new List<Connection> { new("用人单位所在地", p.EmployerLocation, "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）第三条") };
                if (!string.IsNullOrWhiteSpace(p.LabourContractPlace))
                    labour.Add(new("劳动合同履行地", p.LabourContractPlace, "最高人民法院关于审理劳动争议案件适用法律问题的解释（一）第三条"));
                return labour;
            default:
                throw new ArgumentException($"Unknown jurisdiction rule {kind.Jurisdiction}.", nameof(kind));
        }
    }

    private static List<CourtInfo> Level(
        FilingCaseKind kind, decimal? amount, bool onePartyOutside, JurisdictionMap map, List<CourtInfo> basic, List<string> lines)
    {
        if (kind.Jurisdiction == JurisdictionRule.Labour)
        {
            lines.Add("劳动争议案件由基层人民法院管辖，不按诉讼标的额提级。");
            return basic;
        }
        if (kind.FeeKind != FeeKind.Property || amount is not { } value)
        {
            lines.Add("本案由基层人民法院管辖。");
            return basic;
        }

        var money = value.ToString("#,##0.##", CultureInfo.InvariantCulture);
        if (value >= map.HighFrom)
        {
            lines.Add($"诉讼标的额{money}元，达到{Yi(map.HighFrom)}以上（含本数），由高级人民法院管辖第一审（法发〔2019〕14号第二条）：{map.HighCourt.Name}。");
            return [map.HighCourt];
        }
        var (threshold, article) = onePartyOutside
            ? (map.IntermediateFromWhenOnePartyOutside, $"当事人一方住所地不在{map.ProvinceName}，法发〔2021〕27号第二条")
            : (map.IntermediateFromWhenAllOnOneSide, $"当事人住所地均在或者均不在{map.ProvinceName}，法发〔2021〕27号第一条");
        if (value >= threshold)
        {
            lines.Add($"诉讼标的额{money}元，达到{Yi(threshold)}以上（含本数，{article}），由中级人民法院管辖第一审：{map.IntermediateCourt.Name}。");
            return [map.IntermediateCourt];
        }
        lines.Add($"诉讼标的额{money}元，未达到中级人民法院管辖第一审民事案件的{Yi(threshold)}标准（{article}），由基层人民法院管辖。");
        return basic;
    }

    private static string Yi(decimal amount) => (amount / 100_000_000m).ToString("0.##", CultureInfo.InvariantCulture) + "亿元";
}
