namespace Court.Seeds.Sandbox;

/// <summary>A district of Xiamen: its GB/T 2260 code, real roads, and a typical 2026 flat price per square metre.</summary>
internal sealed record District(string Code, string Name, IReadOnlyList<string> Roads, int FlatPricePerSquareMetreYuan)
{
    public string FullName => $"厦门市{Name}";

    /// <summary>The name without 区, as branch offices use it: 思明 in 中国工商银行股份有限公司厦门思明支行.</summary>
    public string ShortName => Name[..^1];

    public string MarketRegulationBureau => $"厦门市{Name}市场监督管理局";

    public string CivilAffairsBureau => $"厦门市{Name}民政局";
}

/// <summary>Xiamen's six districts and the places elsewhere in Fujian where residents were first registered.</summary>
internal static class XiamenPlaces
{
    public const string City = "350200";
    public const string CityMarketRegulationBureau = "厦门市市场监督管理局";
    public const string CityCivilAffairsBureau = "厦门市民政局";
    public const string PublicInstitutionRegistry = "厦门市事业单位登记管理局";

    public static readonly District Siming = new("350203", "思明区",
        ["湖滨南路", "湖滨北路", "厦禾路", "莲前西路", "莲前东路", "嘉禾路", "中山路", "思明南路", "思明北路", "鹭江道", "环岛路",
         "体育路", "文屏路", "展鸿路", "湖光路", "莲岳路", "禾祥西路", "育秀东路", "金榜路", "前埔路", "会展南路"], 68000);

    public static readonly District Haicang = new("350205", "海沧区",
        ["海沧大道", "新阳路", "沧林路", "马青路", "滨湖路", "海景路", "钟林路", "霞阳路", "东孚大道", "翁角路"], 38000);

    public static readonly District Huli = new("350206", "湖里区",
        ["湖里大道", "金尚路", "吕岭路", "枋湖路", "五缘湾道", "安岭路", "兴隆路", "长岸路", "江头北路", "东渡路", "高崎南路",
         "枋钟路", "钟宅路", "华荣路", "悦华路", "禾山路", "仙岳路", "县后路"], 56000);

    public static readonly District Jimei = new("350211", "集美区",
        ["集美大道", "杏林湾路", "岑西路", "乐海路", "诚毅路", "银江路", "石鼓路", "宁宝路", "后溪路", "杏滨路", "孙坂南路"], 36000);

    public static readonly District Tongan = new("350212", "同安区",
        ["环城南路", "银湖路", "西湖路", "大同路", "祥平路", "城南路", "美溪道", "同新路", "洪塘路", "五显路"], 24000);

    public static readonly District Xiangan = new("350213", "翔安区",
        ["翔安南路", "翔安北路", "翔安东路", "鼓锣路", "民安大道", "舫山南路", "马巷大道", "新店路", "洪钟大道"], 26000);

    public static IReadOnlyList<District> Districts { get; } = [Siming, Haicang, Huli, Jimei, Tongan, Xiangan];

    /// <summary>Where people live: the island districts are the most populous.</summary>
    public static readonly Weighted<District> ByPopulation = new(
        [(Siming, 26), (Huli, 25), (Jimei, 16), (Haicang, 10), (Tongan, 13), (Xiangan, 10)]);

    /// <summary>Region codes of first registration elsewhere in Fujian (福州、莆田、泉州、漳州、龙岩、三明、南平、宁德).</summary>
    public static IReadOnlyList<string> ElsewhereInFujian { get; } =
        ["350102", "350104", "350302", "350503", "350582", "350583", "350602", "350622", "350624", "350681", "350802", "350403", "350702", "350902"];

    public static District ByCode(string code) => Districts.First(d => d.Code == code);

    /// <summary>e.g. 福建省厦门市湖里区吕岭路112号1803室.</summary>
    public static string FlatAddress(SeededRandom random, District district)
    {
        var floor = random.Between(2, 32);
        return $"福建省{district.FullName}{random.Pick(district.Roads)}{random.Between(1, 399)}号{floor}{random.Between(1, 6):D2}室";
    }

    /// <summary>e.g. 福建省厦门市思明区鹭江道8号12楼1205单元.</summary>
    public static string OfficeAddress(SeededRandom random, District district)
    {
        var floor = random.Between(1, 28);
        return $"福建省{district.FullName}{random.Pick(district.Roads)}{random.Between(1, 599)}号{floor}楼{floor}{random.Between(1, 12):D2}单元";
    }

    /// <summary>e.g. 福建省厦门市同安区美溪道66号厂房.</summary>
    public static string FactoryAddress(SeededRandom random, District district) =>
        $"福建省{district.FullName}{random.Pick(district.Roads)}{random.Between(1, 899)}号厂房";
}
