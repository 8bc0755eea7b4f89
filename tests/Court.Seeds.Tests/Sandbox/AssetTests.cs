using GovData.Platform.V1;

namespace Court.Seeds.Tests.Sandbox;

public sealed class Assets_in_the_sandbox_registry
{
    private static IReadOnlyList<AssetHoldings> Holdings => Registry.Default.Holdings;

    private static IEnumerable<Asset> AllAssets => Holdings.SelectMany(h => h.Assets);

    [Fact]
    public void Asset_ids_are_unique_and_say_their_category()
    {
        var ids = AllAssets.Select(a => a.AssetId).ToList();

        ids.Distinct(StringComparer.Ordinal).Count().ShouldBe(ids.Count);
        AllAssets.ShouldAllBe(a => a.AssetId.StartsWith(Prefix(a.Category) + "-", StringComparison.Ordinal) && a.AssetId.Length == 9);
    }

    [Fact]
    public void Every_holding_belongs_to_a_registered_subject_once_and_holds_something()
    {
        var subjects = Registry.Default.NaturalPersons.Select(p => p.ResidentIdNumber)
            .Concat(Registry.Default.LegalPersons.Select(c => c.CreditCode)).ToHashSet(StringComparer.Ordinal);

        Holdings.ShouldAllBe(h => subjects.Contains(h.Subject.Identifier()) && h.Assets.Count > 0);
        Holdings.Select(h => h.Subject.Identifier()).Distinct().Count().ShouldBe(Holdings.Count);
        Holdings.ShouldAllBe(h => h.AsOf.ToDateTimeOffset() == new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Every_category_is_held_and_many_people_hold_something_but_not_all()
    {
        foreach (var category in Enum.GetValues<AssetCategory>().Where(c => c != AssetCategory.Unspecified))
            AllAssets.Count(a => a.Category == category).ShouldBeGreaterThan(10, category.ToString());

        var personHoldings = Holdings.Count(h => h.Subject.IdCase == SubjectRef.IdOneofCase.ResidentIdNumber);
        personHoldings.ShouldBeGreaterThan(Registry.Default.NaturalPersons.Count / 2);
        personHoldings.ShouldBeLessThan(Registry.Default.NaturalPersons.Count);
    }

    [Fact]
    public void Companies_hold_deposits_real_estate_and_vehicles()
    {
        var companyAssets = Holdings.Where(h => h.Subject.IdCase == SubjectRef.IdOneofCase.CreditCode).SelectMany(h => h.Assets).ToList();

        companyAssets.ShouldContain(a => a.Category == AssetCategory.BankDeposit);
        companyAssets.ShouldContain(a => a.Category == AssetCategory.RealEstate);
        companyAssets.ShouldContain(a => a.Category == AssetCategory.Vehicle);
    }

    [Fact]
    public void Identifiers_follow_each_institutions_format()
    {
        foreach (var asset in AllAssets)
        {
            asset.ValueFen.ShouldBeGreaterThanOrEqualTo(0);
            switch (asset.Category)
            {
                case AssetCategory.RealEstate:
                    asset.Institution.ShouldBe("厦门市不动产登记中心");
                    asset.Identifier.ShouldMatch(@"^闽\(20(1[6-9]|2[0-6])\)厦门市不动产权第\d{7}号$");
                    break;
                case AssetCategory.Vehicle:
                    asset.Institution.ShouldBe("厦门市公安局交通警察支队车辆管理所");
                    asset.Identifier.ShouldMatch(@"^闽D·([0-9A-HJ-NP-Z]{5}|[DF]\d{5})$");
                    break;
                case AssetCategory.BankDeposit:
                    asset.Institution.ShouldContain("银行");
                    asset.Identifier.ShouldMatch(@"^\d{12,21}$");
                    break;
                case AssetCategory.Securities:
                    asset.Institution.ShouldContain("证券");
                    asset.Identifier.ShouldMatch(@"^[AB]\d{9}$");
                    break;
                case AssetCategory.HousingFund:
                    asset.Institution.ShouldBe("厦门市住房公积金中心");
                    break;
            }
        }
        AllAssets.Where(a => a.Category is AssetCategory.RealEstate or AssetCategory.Vehicle)
            .GroupBy(a => a.Identifier).ShouldAllBe(g => g.Count() == 1);
    }

    [Fact]
    public void Equity_stakes_are_exactly_the_shareholdings_of_companies_not_deregistered()
    {
        var companies = Registry.Default.LegalPersons.ToDictionary(c => c.CreditCode);
        var stakes = Holdings
            .SelectMany(h => h.Assets.Where(a => a.Category == AssetCategory.EquityStake).Select(a => (Holder: h.Subject.Identifier(), Stake: a)))
            .Select(s => (s.Holder, Company: s.Stake.Identifier, s.Stake.ValueFen, s.Stake.Institution))
            .Order().ToList();
        var shareholdings = Registry.Default.LegalPersons.Where(c => c.Status != RegistrationStatus.Deregistered)
            .SelectMany(c => c.Shareholders.Select(s => (Holder: s.Subject.Identifier(), Company: c.CreditCode, ValueFen: s.SubscribedCapitalFen,
                Institution: c.RegistrationAuthority)))
            .Order().ToList();

        stakes.ShouldBe(shareholdings);
        stakes.ShouldAllBe(s => companies.ContainsKey(s.Company));
    }

    [Fact]
    public void A_few_assets_were_restricted_before_by_another_authority()
    {
        var restricted = AllAssets.Where(a => a.Restrictions.Count > 0).ToList();

        restricted.Count.ShouldBeInRange(5, AllAssets.Count() / 50);
        restricted.ShouldAllBe(a => a.Restrictions.Count == 1);
        restricted.Select(a => a.Restrictions[0]).ShouldAllBe(r =>
            r.ActionId.StartsWith("PRIOR-", StringComparison.Ordinal) && r.Authority.Length > 0
            && r.Since.ToDateTimeOffset() < new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)
            && (r.Kind == ActionKind.Freeze || r.Kind == ActionKind.Seize));
        restricted.Select(a => a.Restrictions[0].ActionId).Distinct().Count().ShouldBe(restricted.Count);
    }

    private static string Prefix(AssetCategory category) => category switch
    {
        AssetCategory.RealEstate => "RE",
        AssetCategory.Vehicle => "VH",
        AssetCategory.BankDeposit => "DP",
        AssetCategory.Securities => "SC",
        AssetCategory.EquityStake => "EQ",
        AssetCategory.HousingFund => "HF",
        _ => "?",
    };
}
