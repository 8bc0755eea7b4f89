using GovData.Platform.V1;

namespace Court.Seeds.Sandbox;

/// <summary>What people and companies hold: deposits, flats and premises, vehicles, securities, housing funds, and stakes.</summary>
internal static class AssetGenerator
{
    private const double RestrictedShare = 0.006;
    private static readonly Weighted<int> DepositCounts = new([(1, 50), (2, 30), (3, 15), (4, 5)]);

    public static void Generate(SeededRandom random, UniqueKeys keys, IReadOnlyList<PersonSeed> people, IReadOnlyList<CompanySeed> companies)
    {
        foreach (var person in people) AddPersonalAssets(random, keys, person);
        foreach (var company in companies) AddCompanyAssets(random, keys, company);
    }

    /// <summary>Every shareholder of a company that still exists holds a stake in it, at its subscribed capital.</summary>
    public static void AddEquityStakes(IEnumerable<CompanySeed> companies)
    {
        foreach (var company in companies.Where(c => c.Status != RegistrationStatus.Deregistered))
        {
            foreach (var holder in company.Shareholders)
                (holder.Person?.Assets ?? holder.Company!.Assets).Add(Assets.EquityStake(company, holder));
        }
    }

    public static void AddPersonalAssets(SeededRandom random, UniqueKeys keys, PersonSeed person)
    {
        var age = person.AgeOn(SandboxRegistry.AsOfDate);
        if (random.Chance(0.88))
        {
            for (var i = DepositCounts.Draw(random); i > 0; i--)
            {
                var balanceYuan = random.Chance(0.05) ? 0 : random.LogUniform(20, age >= 30 ? 600_000 : 80_000);
                var branch = random.Chance(0.7) ? person.Residence : XiamenPlaces.ByPopulation.Draw(random);
                var kind = random.Chance(0.2) ? "个人定期存款 人民币" : "个人活期储蓄 人民币";
                person.Assets.Add(MaybeRestricted(random, Assets.Deposit(random, keys, Institutions.Banks.Draw(random), branch, false, kind,
                    (balanceYuan * 100) + random.Between(0, 99))));
            }
        }
        if (age >= 25 && random.Chance(0.42))
        {
            person.Assets.Add(MaybeRestricted(random, Flat(random, keys, person.Residence, random.Chance(0.6) ? person.ResidentialAddress : null)));
            if (random.Chance(0.18)) person.Assets.Add(MaybeRestricted(random, Flat(random, keys, XiamenPlaces.ByPopulation.Draw(random), null)));
        }
        if (age >= 20 && random.Chance(0.3))
        {
            for (var i = random.Chance(0.1) ? 2 : 1; i > 0; i--)
                person.Assets.Add(MaybeRestricted(random, Assets.Vehicle(random, keys, random.Pick(Institutions.PrivateCars), random.Between(2010, 2026))));
        }
        if (age >= 22 && random.Chance(0.12))
            person.Assets.Add(MaybeRestricted(random, Assets.Securities(random, keys, false, random.LogUniform(1_000, 2_000_000) * 100)));
        AddHousingFund(random, keys, person);
    }

    /// <summary>
    /// A housing-fund account for most people employed now (contributing) and some employed before (sealed, 封存):
    /// employer and employee pay 12% of the base each, less what was withdrawn.
    /// </summary>
    public static void AddHousingFund(SeededRandom random, UniqueKeys keys, PersonSeed person)
    {
        var current = person.CurrentPeriod;
        if (current is not null ? !random.Chance(0.75) : person.Periods.Count == 0 || !random.Chance(0.4)) return;
        var months = person.Periods.Sum(p => p.MonthsPaid);
        var monthlyFen = person.Periods.Max(p => p.MonthlyBaseFen) * 24 / 100;
        var balanceFen = (long)(monthlyFen * months * random.Between(10, 80) / 100.0);
        person.Assets.Add(Assets.HousingFund(random, keys, current is not null, balanceFen));
    }

    public static void AddCompanyAssets(SeededRandom random, UniqueKeys keys, CompanySeed company)
    {
        if (company.Status == RegistrationStatus.Deregistered) return; // accounts closed, property transferred
        if (company.Status == RegistrationStatus.Revoked)
        {
            if (random.Chance(0.4)) company.Assets.Add(CompanyDeposit(random, keys, company, "单位基本存款账户 人民币活期", random.LogUniform(1, 5_000)));
            return;
        }
        var liquidating = company.Status == RegistrationStatus.InLiquidation;
        var richest = Math.Max(50_000, company.CapitalFen / 100 / 2);
        company.Assets.Add(CompanyDeposit(random, keys, company, "单位基本存款账户 人民币活期", random.LogUniform(liquidating ? 10 : 500, liquidating ? 20_000 : richest)));
        for (var i = random.Between(0, 2); i > 0; i--)
            company.Assets.Add(CompanyDeposit(random, keys, company, "单位一般存款账户 人民币活期", random.LogUniform(100, richest)));

        if (company.Industry is not { } industry) return;
        if (random.Chance(industry.PremisesChance))
            company.Assets.Add(MaybeRestricted(random, Premises(random, keys, company.District, industry.UsesFactory)));
        if (random.Chance(industry.VehicleChance))
        {
            for (var i = random.Between(1, 4); i > 0; i--)
                company.Assets.Add(MaybeRestricted(random, Assets.Vehicle(random, keys, random.Pick(Institutions.CompanyVehicles), random.Between(2012, 2026))));
        }
        if (random.Chance(industry.Word.StartsWith("投资", StringComparison.Ordinal) ? 0.4 : 0.02))
            company.Assets.Add(Assets.Securities(random, keys, true, random.LogUniform(50_000, 20_000_000) * 100));
    }

    private static AssetSeed CompanyDeposit(SeededRandom random, UniqueKeys keys, CompanySeed company, string description, long balanceYuan) =>
        MaybeRestricted(random, Assets.Deposit(random, keys, Institutions.Banks.Draw(random), company.District, true, description,
            (balanceYuan * 100) + random.Between(0, 99)));

    private static AssetSeed Flat(SeededRandom random, UniqueKeys keys, District district, string? address)
    {
        var area = random.Between(5_500, 16_000) / 100m;
        var price = district.FlatPricePerSquareMetreYuan * random.Between(75, 130) / 100;
        return Assets.Property(random, keys, address ?? XiamenPlaces.FlatAddress(random, district), "住宅", area, price, random.Between(2016, 2026));
    }

    private static AssetSeed Premises(SeededRandom random, UniqueKeys keys, District district, bool factory) => factory
        ? Assets.Property(random, keys, XiamenPlaces.FactoryAddress(random, district), "工业", random.Between(100_000, 800_000) / 100m,
            random.Between(2_500, 6_000), random.Between(2016, 2026))
        : Assets.Property(random, keys, XiamenPlaces.OfficeAddress(random, district), "办公", random.Between(8_000, 80_000) / 100m,
            district.FlatPricePerSquareMetreYuan * random.Between(50, 80) / 100, random.Between(2016, 2026));

    /// <summary>A few assets were frozen or seized by another court or authority before the court asks.</summary>
    private static AssetSeed MaybeRestricted(SeededRandom random, AssetSeed asset)
    {
        if (!random.Chance(RestrictedShare)) return asset;
        var (kind, amount) = asset.Category is AssetCategory.BankDeposit or AssetCategory.Securities
            ? (ActionKind.Freeze, Math.Min(asset.ValueFen, random.LogUniform(1_000, 500_000) * 100))
            : (ActionKind.Seize, 0L);
        var since = random.DateBetween(new DateOnly(2024, 1, 1), new DateOnly(2026, 10, 15));
        return asset with { Restriction = new RestrictionSeed(kind, random.Pick(Institutions.OtherAuthorities), amount, since) };
    }
}
