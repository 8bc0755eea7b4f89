using Court.Kernel.GovData;
using Court.Kernel.Identifiers;
using Google.Protobuf.WellKnownTypes;
using GovData.Platform.V1;

namespace Court.GovDataBridge.Tests.Sandbox;

/// <summary>A registry small enough to read: two persons, two companies, five assets.</summary>
internal static class TestRegistry
{
    /// <summary>张三 holds a deposit, a flat, a car (seized by another court) and a housing fund account.</summary>
    public static readonly string ZhangSan = ResidentIdNumber.Create("350203", new DateOnly(1985, 3, 14), 123).Value;

    /// <summary>李四 holds nothing.</summary>
    public static readonly string LiSi = ResidentIdNumber.Create("350206", new DateOnly(1990, 7, 1), 42).Value;

    /// <summary>Well-formed, but nobody is registered under it.</summary>
    public static readonly string Nobody = ResidentIdNumber.Create("350211", new DateOnly(1979, 1, 2), 7).Value;

    /// <summary>厦门鹭岛贸易有限公司 holds a bank account and owes contributions for 张三.</summary>
    public static readonly string Trading = UnifiedSocialCreditCode.Create(RegistrationAuthority.MarketRegulation, '1', "350203", "MA2Y3K7P").Value;

    /// <summary>厦门空壳科技有限公司 holds nothing and employs nobody.</summary>
    public static readonly string Shell = UnifiedSocialCreditCode.Create(RegistrationAuthority.MarketRegulation, '1', "350206", "MA8T4QXR").Value;

    public static readonly string NoCompany = UnifiedSocialCreditCode.Create(RegistrationAuthority.MarketRegulation, '1', "350211", "MA1N5W6U").Value;

    public const string Deposit = "ZS-DEP-1";
    public const string Flat = "ZS-RE-1";
    public const string Car = "ZS-VEH-1";
    public const string HousingFund = "ZS-HF-1";
    public const string CompanyAccount = "LD-DEP-1";

    public const long DepositFen = 5_000_000;

    public const string OtherCourt = "厦门市湖里区人民法院";

    public static PlatformRegistryData Build() => new()
    {
        NaturalPersons =
        [
            new NaturalPerson { ResidentIdNumber = ZhangSan, Name = "张三", Gender = Gender.Male, BirthDate = "1985-03-14", HouseholdAddress = "福建省厦门市思明区湖滨南路1号" },
            new NaturalPerson { ResidentIdNumber = LiSi, Name = "李四", Gender = Gender.Female, BirthDate = "1990-07-01", HouseholdAddress = "福建省厦门市海沧区海沧大道2号" },
        ],
        LegalPersons =
        [
            new LegalPerson { CreditCode = Trading, Name = "厦门鹭岛贸易有限公司", LegalRepresentative = "张三", Status = RegistrationStatus.InBusiness },
            new LegalPerson { CreditCode = Shell, Name = "厦门空壳科技有限公司", LegalRepresentative = "李四", Status = RegistrationStatus.Revoked },
        ],
        Holdings =
        [
            Holding(new SubjectRef { ResidentIdNumber = ZhangSan },
                Asset(Deposit, AssetCategory.BankDeposit, "中国工商银行厦门分行", DepositFen),
                Asset(Flat, AssetCategory.RealEstate, "厦门市不动产登记中心", 300_000_000),
                SeizedElsewhere(Asset(Car, AssetCategory.Vehicle, "厦门市公安局交通警察支队", 12_000_000)),
                Asset(HousingFund, AssetCategory.HousingFund, "厦门市住房公积金中心", 8_000_000)),
            Holding(new SubjectRef { CreditCode = Trading },
                Asset(CompanyAccount, AssetCategory.BankDeposit, "中国银行厦门分行", 90_000_000)),
        ],
        PersonContributions =
        [
            new PersonContributions
            {
                ResidentIdNumber = ZhangSan,
                Name = "张三",
                Periods = { new ContributionPeriod { EmployerCreditCode = Trading, EmployerName = "厦门鹭岛贸易有限公司", FromMonth = "2020-01", MonthsPaid = 60, MonthsInArrears = 6, MonthlyBaseFen = 600_000 } },
            },
        ],
        EmployerContributions =
        [
            new EmployerContributions
            {
                CreditCode = Trading,
                Name = "厦门鹭岛贸易有限公司",
                Employees = { new EmployeeContribution { ResidentIdNumber = ZhangSan, Name = "张三", FromMonth = "2020-01", MonthsPaid = 60, MonthsInArrears = 6, MonthlyBaseFen = 600_000, ArrearsFen = 1_008_000 } },
                TotalArrearsFen = 1_008_000,
            },
        ],
    };

    private static AssetHoldings Holding(SubjectRef subject, params Asset[] assets) => new() { Subject = subject, Assets = { assets } };

    private static Asset SeizedElsewhere(Asset asset)
    {
        asset.Restrictions.Add(new Restriction
        {
            ActionId = "R-0001",
            Kind = ActionKind.Seize,
            Authority = OtherCourt,
            Since = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 4, 3, 0, 0, 0, TimeSpan.FromHours(8))),
        });
        return asset;
    }

    private static Asset Asset(string id, AssetCategory category, string institution, long valueFen) =>
        new() { AssetId = id, Category = category, Institution = institution, Identifier = id, ValueFen = valueFen };
}
