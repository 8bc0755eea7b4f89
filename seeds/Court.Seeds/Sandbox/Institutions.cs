namespace Court.Seeds.Sandbox;

/// <summary>A bank with branches in Xiamen: how its branches are named and how long its account numbers are.</summary>
internal sealed record Bank(string Name, bool BranchUnderXiamen, string CardPrefix, int CardLength, int CorporateAccountLength)
{
    /// <summary>e.g. 中国工商银行股份有限公司厦门湖里支行, 厦门银行股份有限公司湖里支行.</summary>
    public string Branch(District district) => BranchUnderXiamen ? $"{Name}厦门{district.ShortName}支行" : $"{Name}{district.ShortName}支行";
}

internal sealed record VehicleModel(string Description, int NewPriceYuan, bool NewEnergy);

/// <summary>The institutions that answer the platform: registries, banks, securities companies, and other authorities.</summary>
internal static class Institutions
{
    public const string RealEstateRegistry = "厦门市不动产登记中心";
    public const string VehicleRegistry = "厦门市公安局交通警察支队车辆管理所";
    public const string HousingFundCentre = "厦门市住房公积金中心";

    // Weighted by how many people bank with them in Xiamen, roughly.
    private static readonly (Bank Bank, int Weight)[] BankShares =
    [
        (new("中国工商银行股份有限公司", true, "622202", 19, 19), 15),
        (new("中国农业银行股份有限公司", true, "622848", 19, 15), 10),
        (new("中国银行股份有限公司", true, "621785", 19, 12), 10),
        (new("中国建设银行股份有限公司", true, "621700", 19, 20), 14),
        (new("交通银行股份有限公司", true, "622262", 19, 21), 6),
        (new("招商银行股份有限公司", true, "621483", 16, 15), 10),
        (new("兴业银行股份有限公司", true, "622909", 18, 18), 10),
        (new("中国邮政储蓄银行股份有限公司", true, "621799", 19, 19), 6),
        (new("中信银行股份有限公司", true, "622690", 16, 19), 4),
        (new("平安银行股份有限公司", true, "623058", 19, 14), 4),
        (new("厦门银行股份有限公司", false, "623078", 19, 16), 8),
        (new("厦门国际银行股份有限公司", true, "622239", 19, 16), 4),
        (new("厦门农村商业银行股份有限公司", false, "621578", 19, 17), 6),
    ];

    public static readonly IReadOnlyList<Bank> AllBanks = [.. BankShares.Select(b => b.Bank)];

    public static readonly Weighted<Bank> Banks = new(BankShares);

    public static IReadOnlyList<string> SecuritiesCompanies { get; } =
    [
        "兴业证券股份有限公司厦门分公司", "国泰海通证券股份有限公司厦门分公司", "中信证券股份有限公司厦门分公司",
        "华福证券有限责任公司厦门分公司", "招商证券股份有限公司厦门分公司", "广发证券股份有限公司厦门分公司",
    ];

    /// <summary>Authorities that had restricted an asset before the court's first query.</summary>
    public static IReadOnlyList<string> OtherAuthorities { get; } =
    [
        "厦门市思明区人民法院", "厦门市湖里区人民法院", "厦门市集美区人民法院", "厦门市海沧区人民法院", "厦门市同安区人民法院",
        "泉州市丰泽区人民法院", "福州市鼓楼区人民法院", "国家税务总局厦门市税务局第一稽查局", "厦门市公安局",
    ];

    public static IReadOnlyList<VehicleModel> PrivateCars { get; } =
    [
        new("小型轿车 丰田卡罗拉", 140000, false), new("小型轿车 大众朗逸", 120000, false), new("小型轿车 本田雅阁", 190000, false),
        new("小型轿车 日产轩逸", 110000, false), new("小型轿车 吉利帝豪", 80000, false), new("小型普通客车 别克GL8", 280000, false),
        new("小型越野客车 丰田RAV4荣放", 200000, false), new("小型越野客车 本田CR-V", 200000, false), new("小型轿车 宝马3系", 300000, false),
        new("小型越野客车 宝马X3", 400000, false), new("小型轿车 奥迪A4L", 300000, false), new("小型轿车 奔驰C级", 330000, false),
        new("小型轿车 比亚迪秦PLUS", 120000, true), new("小型越野客车 比亚迪宋PLUS", 160000, true),
        new("小型轿车 特斯拉Model 3", 250000, true), new("小型越野客车 理想L6", 250000, true),
    ];

    public static IReadOnlyList<VehicleModel> CompanyVehicles { get; } =
    [
        new("重型厢式货车 解放J6P", 400000, false), new("轻型厢式货车 江铃顺达", 120000, false), new("中型普通货车 东风多利卡", 180000, false),
        new("轻型普通货车 福田奥铃", 110000, false), new("小型普通客车 五菱宏光", 60000, false), new("小型普通客车 别克GL8", 280000, false),
        new("小型轿车 丰田凯美瑞", 200000, false), new("大型普通客车 金龙XMQ6127", 800000, false), new("重型半挂牵引车 东风天龙", 450000, false),
        new("小型越野客车 比亚迪唐", 250000, true),
    ];

    public static IReadOnlyList<string> Colours { get; } = ["白色", "黑色", "银色", "灰色", "蓝色", "红色"];
}
