namespace Court.Seeds.Sandbox;

/// <summary>
/// A line of business: the word in the company name (行业), the business scope as the licence words it,
/// and how likely such a company owns vehicles or premises.
/// </summary>
internal sealed record Industry(string Word, string Scope, double VehicleChance, double PremisesChance, bool UsesFactory);

internal static class Industries
{
    public const string Tail = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）";

    public static readonly Industry Machinery = new("机械制造",
        "一般项目：通用设备制造（不含特种设备制造）；机械零件、零部件加工；金属切削加工服务；机械设备销售" + Tail, 0.5, 0.45, true);

    public static readonly Industry BuildingMaterials = new("建材",
        "一般项目：建筑材料销售；水泥制品销售；轻质建筑材料销售；建筑用钢筋产品销售" + Tail, 0.5, 0.15, false);

    public static readonly Industry Trade = new("商贸",
        "一般项目：日用百货销售；五金产品批发；电子产品销售；针纺织品销售；货物进出口" + Tail, 0.2, 0.1, false);

    public static readonly Industry Electromechanical = new("机电设备",
        "一般项目：机械电气设备销售；制冷、空调设备销售；普通机械设备安装服务；五金产品零售" + Tail, 0.35, 0.1, false);

    public static readonly Industry Hotel = new("酒店管理",
        "一般项目：酒店管理；会议及展览服务；餐饮管理。许可项目：住宿服务；餐饮服务" + Tail, 0.2, 0.4, false);

    public static readonly Industry Investment = new("投资",
        "一般项目：以自有资金从事投资活动；社会经济咨询服务；企业管理咨询" + Tail, 0.15, 0.2, false);

    public static IReadOnlyList<Industry> All { get; } =
    [
        new("贸易", "一般项目：日用百货销售；五金产品批发；建筑材料销售；电子产品销售；货物进出口；技术进出口" + Tail, 0.2, 0.08, false),
        Trade,
        new("进出口", "一般项目：货物进出口；技术进出口；食品进出口；针纺织品及原料销售；国内贸易代理" + Tail, 0.15, 0.08, false),
        new("科技", "一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发；计算机系统服务" + Tail, 0.1, 0.08, false),
        new("信息技术", "一般项目：信息系统集成服务；软件开发；数据处理和存储支持服务；信息技术咨询服务" + Tail, 0.08, 0.08, false),
        new("电子", "一般项目：电子元器件制造；电子产品销售；光电子器件制造；集成电路芯片及产品销售" + Tail, 0.3, 0.35, true),
        Machinery,
        Electromechanical,
        new("建筑工程", "许可项目：建设工程施工；住宅室内装饰装修。一般项目：土石方工程施工；园林绿化工程施工" + Tail, 0.6, 0.1, false),
        new("装饰工程", "许可项目：住宅室内装饰装修。一般项目：建筑装饰材料销售；门窗安装服务" + Tail, 0.4, 0.05, false),
        BuildingMaterials,
        new("物流", "一般项目：普通货物仓储服务（不含危险化学品等需许可审批的项目）；国内货物运输代理。许可项目：道路货物运输（不含危险货物）" + Tail, 0.9, 0.2, false),
        new("供应链管理", "一般项目：供应链管理服务；国内贸易代理；金属材料销售；化工产品销售（不含许可类化工产品）" + Tail, 0.3, 0.1, false),
        new("餐饮管理", "一般项目：餐饮管理；食品销售（仅销售预包装食品）。许可项目：餐饮服务" + Tail, 0.2, 0.1, false),
        Hotel,
        new("物业管理", "一般项目：物业管理；停车场服务；家政服务；专业保洁、清洗、消毒服务" + Tail, 0.3, 0.05, false),
        new("房地产开发", "许可项目：房地产开发经营。一般项目：房地产经纪；住房租赁；非居住房地产租赁" + Tail, 0.3, 0.7, false),
        new("投资咨询", "一般项目：以自有资金从事投资活动；社会经济咨询服务；企业管理咨询" + Tail, 0.15, 0.15, false),
        new("食品", "许可项目：食品生产；食品销售。一般项目：农副产品销售；食用农产品批发" + Tail, 0.5, 0.35, true),
        new("茶业", "一般项目：茶叶种植；茶具销售；农副产品销售。许可项目：茶叶制品生产" + Tail, 0.25, 0.15, false),
        new("水产", "一般项目：水产品批发；水产品零售；水产品收购；食用农产品批发" + Tail, 0.6, 0.15, false),
        new("服装", "一般项目：服装制造；服装服饰批发；针纺织品销售；鞋帽批发" + Tail, 0.25, 0.3, true),
        new("文化传媒", "一般项目：组织文化艺术交流活动；广告设计、代理；广告制作；会议及展览服务" + Tail, 0.1, 0.05, false),
        new("教育咨询", "一般项目：教育咨询服务（不含涉许可审批的教育培训活动）；信息咨询服务（不含许可类信息咨询服务）" + Tail, 0.05, 0.05, false),
        new("医疗器械", "一般项目：第一类医疗器械销售；第二类医疗器械销售。许可项目：第三类医疗器械经营" + Tail, 0.2, 0.1, false),
        new("生物科技", "一般项目：技术服务、技术开发；生物基材料技术研发；生物化工产品技术研发；化妆品批发" + Tail, 0.15, 0.2, true),
        new("汽车服务", "一般项目：汽车销售；汽车零配件零售；机动车修理和维护；二手车经纪" + Tail, 0.7, 0.2, false),
        new("船务", "一般项目：国际船舶代理；国内船舶代理；国际货物运输代理；无船承运业务" + Tail, 0.2, 0.1, false),
        new("印刷", "许可项目：包装装潢印刷品印刷；文件、资料等其他印刷品印刷。一般项目：纸制品销售" + Tail, 0.4, 0.35, true),
        new("包装材料", "一般项目：包装材料及制品销售；塑料制品制造；纸制品制造" + Tail, 0.45, 0.35, true),
        new("光电科技", "一般项目：光电子器件制造；照明器具制造；半导体照明器件销售" + Tail, 0.3, 0.35, true),
        new("环保科技", "一般项目：环境保护专用设备销售；固体废物治理；水污染治理；技术服务、技术开发" + Tail, 0.35, 0.1, false),
        new("人力资源服务", "一般项目：人力资源服务（不含职业中介活动、劳务派遣服务）；劳务服务（不含劳务派遣）" + Tail, 0.05, 0.05, false),
        new("企业管理咨询", "一般项目：企业管理；企业管理咨询；市场营销策划；财务咨询" + Tail, 0.05, 0.05, false),
        new("旅行社", "许可项目：旅游业务。一般项目：票务代理服务；会议及展览服务" + Tail, 0.2, 0.05, false),
    ];

    /// <summary>The two characters of a trade name (字号) are drawn from these.</summary>
    public static readonly char[] TradeNameFirst = [.. "鑫恒嘉华鹭宏盛瑞金永泰和隆正信达兴源祥德联创新锦明万天博凯远丰宝佳顺福润誉腾益"];

    public static readonly char[] TradeNameSecond = [.. "源达盛泰兴通宇昌辉安鑫海洋林航联丰星阳诚毅升发捷鸿弘美宸禾浦岳峰成晟博信华润汇恒"];

    /// <summary>社会团体: trade associations of the city, each name used once.</summary>
    public static IReadOnlyList<string> Associations { get; } =
    [
        "厦门市机械工业协会", "厦门市茶叶协会", "厦门市物流协会", "厦门市建筑装饰协会", "厦门市软件行业协会", "厦门市餐饮行业协会",
        "厦门市水产行业协会", "厦门市服装行业协会", "厦门市汽车流通协会", "厦门市印刷行业协会", "厦门市电子商务协会",
        "厦门市人力资源服务行业协会", "厦门市物业管理协会", "厦门市旅游协会", "厦门市船舶代理协会", "厦门市食品工业协会",
    ];

    /// <summary>民办非企业单位 (社会服务机构): name patterns after the district, e.g. 厦门市湖里区嘉禾培训中心.</summary>
    public static IReadOnlyList<string> NonEnterpriseKinds { get; } = ["培训中心", "养老服务中心", "社会工作服务中心", "艺术培训学校", "康复中心"];

    /// <summary>事业单位 of the districts, each name used once.</summary>
    public static IReadOnlyList<string> PublicInstitutionKinds { get; } = ["文化馆", "图书馆", "社会福利中心", "市政园林服务中心", "融媒体中心"];
}
