using Court.Host.Litigation.Filings;
using Court.Kernel.Filing;

namespace Court.Host.Pages.Portals.Filing;

/// <summary>A place (or a yes/no about the parties) that a kind's jurisdiction rule needs; saved with the interview under <c>place:</c>.</summary>
internal sealed record PlaceField(string Key, string Label, string Hint, bool YesNo = false, bool Optional = false)
{
    public const string Prefix = "place:";

    public string AnswerKey => Prefix + Key;
}

/// <summary>Which places <see cref="JurisdictionAdvisor.Propose"/> reads for each rule, and how the filer is asked for them.</summary>
internal static class JurisdictionPlaces
{
    private static readonly PlaceField DefendantDomicile = new("defendantDomicile", "被告住所地", "写明区和街道，如“厦门市思明区湖滨南路1号”；被告是单位的，填其登记住所。");
    private static readonly PlaceField PlaintiffDomicile = new("plaintiffDomicile", "原告住所地", "写明区和街道。");
    private static readonly PlaceField OnePartyOutside = new("onePartyOutsideProvince", "当事人中有人住所地在福建省外（但不是全部都在省外）", "影响中级人民法院管辖第一审案件的标的额标准。", YesNo: true);

    public static IReadOnlyList<PlaceField> For(FilingCaseKind kind) => kind.Jurisdiction switch
    {
        JurisdictionRule.Contract =>
        [
            DefendantDomicile, PlaintiffDomicile,
            new("plaintiffReceivesMoney", "我方请求对方给付金钱（如还款、付款）", "争议标的为给付货币的，接收货币一方所在地为合同履行地。", YesNo: true),
            new("agreedPerformancePlace", "合同约定的履行地点", "合同写明履行地点的填写，没有约定的不填。", Optional: true),
            new("agreedCourtPlace", "书面协议选择的法院所在地", "合同约定了由某地法院管辖的填写该地，没有约定的不填（民事诉讼法第三十五条）。", Optional: true),
            OnePartyOutside,
        ],
        JurisdictionRule.Tort =>
        [
            new("tortPlace", "事故发生地", "写明区和道路，如“厦门市湖里区仙岳路与金尚路交叉口”。"), DefendantDomicile, OnePartyOutside,
        ],
        JurisdictionRule.Divorce =>
        [
            DefendantDomicile, PlaintiffDomicile,
            new("defendantAwayOverOneYear", "被告离开住所地已超过一年", "此时原告住所地法院也有管辖权（民诉法解释第十二条）。", YesNo: true),
            new("defendantAbroadOrMissing", "被告不在中华人民共和国领域内居住，或者下落不明", "此时由原告住所地法院管辖（民事诉讼法第二十三条）。", YesNo: true),
        ],
        JurisdictionRule.Labour =>
        [
            new("employerLocation", "用人单位所在地", "用人单位的登记住所或主要办事机构所在地。"),
            new("labourContractPlace", "劳动合同履行地", "实际工作的地点，与用人单位所在地相同的可以不填。", Optional: true),
        ],
        _ => [],
    };

    /// <summary>What the page starts with when nothing was saved: the parties' addresses and the element form's accident place.</summary>
    public static string? Default(PlaceField field, FilingView filing) => field.Key switch
    {
        "defendantDomicile" or "employerLocation" => filing.Parties.FirstOrDefault(p => p.Side == nameof(PartySide.Defendant))?.Address,
        "plaintiffDomicile" => filing.Parties.FirstOrDefault(p => p.Side == nameof(PartySide.Plaintiff))?.Address,
        "tortPlace" => filing.Elements.GetValueOrDefault("accidentPlace"),
        "plaintiffReceivesMoney" => "true",
        _ => null,
    };

    public static DisputePlaces ToPlaces(IReadOnlyDictionary<string, string> values)
    {
        string? Text(string key) => values.GetValueOrDefault(key) is { Length: > 0 } v ? v : null;
        bool Yes(string key) => values.GetValueOrDefault(key) == "true";
        return new DisputePlaces
        {
            DefendantDomicile = Text("defendantDomicile"),
            PlaintiffDomicile = Text("plaintiffDomicile"),
            AgreedPerformancePlace = Text("agreedPerformancePlace"),
            PlaintiffReceivesMoney = Yes("plaintiffReceivesMoney"),
            AgreedCourtPlace = Text("agreedCourtPlace"),
            TortPlace = Text("tortPlace"),
            EmployerLocation = Text("employerLocation"),
            LabourContractPlace = Text("labourContractPlace"),
            DefendantAwayOverOneYear = Yes("defendantAwayOverOneYear"),
            DefendantAbroadOrMissing = Yes("defendantAbroadOrMissing"),
        };
    }
}
