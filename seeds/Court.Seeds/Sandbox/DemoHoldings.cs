using Court.Seeds.Demo;
using GovData.Platform.V1;

namespace Court.Seeds.Sandbox;

/// <summary>
/// Who works where among the demo subjects, and what they hold. The debtor of the bankruptcy case (厦门东渡机械制造有限公司)
/// is in liquidation with 30 staff and contribution arrears since December 2025, premises seized by another court and
/// little cash; the judgment debtor of cases 1 and 3 (苏文斌) has deposits, one already frozen, a flat, a car and a stake in his company.
/// </summary>
internal static class DemoHoldings
{
    private static readonly int DebtorArrearsSince = Months.Of(2025, 12);

    public static void Add(DemoWorld demo)
    {
        var random = demo.Random;
        var chenMing = demo.Person(DemoWorld.Account("litigant").IdentifierNumber);
        var judgmentDebtor = demo.Person(DemoCatalogue.JudgmentDebtor.IdentifierNumber);
        var debtor = demo.Company(DemoWorld.Account("debtor").IdentifierNumber);
        var creditor = demo.Company(DemoWorld.Account("creditor").IdentifierNumber);
        var debtorsCompany = demo.Company(DemoCatalogue.DebtorsCompany.IdentifierNumber);

        // Staff: shareholders who run the company work in it; the rest come from the staff pool.
        SocialSecurityGenerator.Employ(random, chenMing, creditor, Months.Of(2017, 9));
        SocialSecurityGenerator.Employ(random, judgmentDebtor, debtorsCompany, Months.Of(2019, 5));
        foreach (var (company, size) in demo.Companies.Zip(StaffSizes))
        {
            var staff = company.Shareholders.Select(s => s.Person).OfType<PersonSeed>().Where(p => p.Periods.Count == 0).ToList();
            if (company.LegalRepresentative is { Periods.Count: 0 } representative && !staff.Contains(representative)) staff.Add(representative);
            staff.AddRange(demo.TakeStaff(Math.Max(0, size - staff.Count - company.Periods.Count)));
            foreach (var person in staff) SocialSecurityGenerator.Employ(random, person, company);
        }
        foreach (var person in demo.People.Where(p => p.Periods.Count > 0 && random.Chance(0.3)))
            SocialSecurityGenerator.AddEarlierPeriod(random, person, demo.Companies);
        SocialSecurityGenerator.ApplyArrears(debtor, DebtorArrearsSince);

        foreach (var person in demo.People.Where(p => p != judgmentDebtor)) AssetGenerator.AddPersonalAssets(random, demo.Keys, person);
        AddJudgmentDebtorsAssets(demo, judgmentDebtor);
        foreach (var company in demo.Companies.Where(c => c != debtor)) AssetGenerator.AddCompanyAssets(random, demo.Keys, company);
        AddDebtorsAssets(demo, debtor);
    }

    /// <summary>Head-count per demo organisation, in the order <see cref="DemoWorld"/> registers them.</summary>
    private static readonly int[] StaffSizes = [6, 10, 30, 5, 12, 5, 6, 10, 4];

    private static void AddJudgmentDebtorsAssets(DemoWorld demo, PersonSeed person)
    {
        var (random, keys) = (demo.Random, demo.Keys);
        person.Assets.Add(Assets.Deposit(random, keys, Bank("中国建设银行股份有限公司"), XiamenPlaces.Siming, false, "个人活期储蓄 人民币", 8_642_035));
        person.Assets.Add(Assets.Deposit(random, keys, Bank("厦门银行股份有限公司"), XiamenPlaces.Huli, false, "个人活期储蓄 人民币", 1_290_517) with
        {
            Restriction = new RestrictionSeed(ActionKind.Freeze, "厦门市湖里区人民法院", 5_000_000, new DateOnly(2026, 6, 18)),
        });
        person.Assets.Add(Claimed(keys, Assets.Property("闽(2019)厦门市不动产权第0083516号", person.ResidentialAddress, "住宅", 128.40m, 61_000)));
        person.Assets.Add(Claimed(keys, Assets.Vehicle("闽D·7N3K8", Model("小型越野客车 宝马X3"), "黑色", 2021)));
        person.Assets.Add(Assets.HousingFund(random, keys, true, 15_836_020));
    }

    private static void AddDebtorsAssets(DemoWorld demo, CompanySeed debtor)
    {
        var (random, keys) = (demo.Random, demo.Keys);
        var lender = new Bank(DemoWorld.Account("bank").Name, false, "621578", 19, 17);
        var lendersBranch = $"{lender.Name}东渡支行";
        debtor.Assets.Add(Assets.Deposit(random, keys, Bank("中国工商银行股份有限公司"), XiamenPlaces.Huli, true, "单位基本存款账户 人民币活期", 3_862_175));
        debtor.Assets.Add(Assets.Deposit(random, keys, lender, XiamenPlaces.Huli, true, "单位一般存款账户 人民币活期", 1_205_306) with
        {
            Institution = lendersBranch,
        });
        debtor.Assets.Add(Assets.Deposit(random, keys, Bank("中国建设银行股份有限公司"), XiamenPlaces.Huli, true, "单位一般存款账户 人民币活期", 52_890));
        debtor.Assets.Add(Claimed(keys, Assets.Property("闽(2017)厦门市不动产权第0031862号", "福建省厦门市湖里区东渡路168号厂房", "工业", 6_850.00m, 5_200)) with
        {
            Restriction = new RestrictionSeed(ActionKind.Seize, "厦门市湖里区人民法院", 0, new DateOnly(2026, 2, 10)),
        });
        debtor.Assets.Add(Claimed(keys, Assets.Property("闽(2017)厦门市不动产权第0031863号", "福建省厦门市湖里区东渡路168号办公楼", "办公", 1_240.50m, 18_000)));
        debtor.Assets.Add(Claimed(keys, Assets.Vehicle("闽D·A3Q57", Model("重型厢式货车 解放J6P"), "白色", 2018)));
        debtor.Assets.Add(Claimed(keys, Assets.Vehicle("闽D·B6257", Model("中型普通货车 东风多利卡"), "蓝色", 2019)) with
        {
            Restriction = new RestrictionSeed(ActionKind.Seize, "厦门市集美区人民法院", 0, new DateOnly(2026, 4, 3)),
        });
        debtor.Assets.Add(Claimed(keys, Assets.Vehicle("闽D·9H2M6", Model("小型轿车 丰田凯美瑞"), "黑色", 2020)));
    }

    private static AssetSeed Claimed(UniqueKeys keys, AssetSeed asset)
    {
        keys.Claim(asset.Category == AssetCategory.RealEstate ? KeySpaces.Certificate : KeySpaces.Plate, asset.Identifier);
        return asset;
    }

    private static Bank Bank(string name) => Institutions.AllBanks.Single(b => b.Name == name);

    private static VehicleModel Model(string description) =>
        Institutions.PrivateCars.Concat(Institutions.CompanyVehicles).First(m => m.Description == description);
}
