using Court.Kernel.Identifiers;
using Court.Seeds.Demo;
using GovData.Platform.V1;

namespace Court.Seeds.Sandbox;

/// <summary>
/// The subjects of the demo cases (<see cref="DemoCatalogue"/>), their people and their companies. Built from a fixed
/// seed before anything else, so they are the same whatever seed and size the registry is generated with, and the
/// generated subjects are drawn around them.
/// </summary>
internal sealed class DemoWorld
{
    private const int DemoSeed = 20_260_101;
    private const int StaffPoolSize = 120;

    private readonly List<PersonSeed> _staff = [];
    private int _nextStaff;

    private DemoWorld(UniqueKeys keys) => Keys = keys;

    /// <summary>Draws for the demo world only: a fixed stream, independent of the registry's seed.</summary>
    public SeededRandom Random { get; } = SeededRandom.For(DemoSeed, "demo");

    /// <summary>Shared with the generated world, which is drawn after and around the demo subjects.</summary>
    public UniqueKeys Keys { get; }

    public List<PersonSeed> People { get; } = [];
    public List<CompanySeed> Companies { get; } = [];

    /// <summary>The identifiers of every named demo subject: accounts with an identifier, then the other parties.</summary>
    public static IReadOnlyList<string> Identifiers { get; } =
        [.. DemoCatalogue.Accounts.Select(a => a.IdentifierNumber).OfType<string>()
            .Concat(DemoCatalogue.Parties.Select(p => p.IdentifierNumber)).Distinct()];

    public static DemoWorld Build(UniqueKeys keys)
    {
        var demo = new DemoWorld(keys);
        demo.AddPeople();
        demo.AddCompanies();
        DemoHoldings.Add(demo);
        return demo;
    }

    public PersonSeed Person(string identifier) => People.Single(p => p.Id == identifier);
    public CompanySeed Company(string identifier) => Companies.Single(c => c.Code == identifier);

    public static DemoSubject Account(string userName)
    {
        var account = DemoCatalogue.Accounts.Single(a => a.UserName == userName);
        return new DemoSubject(account.DisplayName, account.IdentifierNumber!);
    }

    /// <summary>The next <paramref name="count"/> people of the staff pool not yet given a job.</summary>
    public IEnumerable<PersonSeed> TakeStaff(int count)
    {
        var taken = _staff.GetRange(_nextStaff, count);
        _nextStaff += count;
        return taken;
    }

    private void AddPeople()
    {
        // Claim every named identifier first: the staff pool is drawn around them.
        var named = DemoCatalogue.Accounts.Where(a => a.IdentifierNumber is not null && ResidentIdNumber.TryParse(a.IdentifierNumber, out _))
            .Select(a => (a.DisplayName, Id: a.IdentifierNumber!, Phone: a.PhoneNumber!))
            .Append((DemoCatalogue.JudgmentDebtor.Name, DemoCatalogue.JudgmentDebtor.IdentifierNumber, "13859201746"))
            .ToList();
        foreach (var (_, id, phone) in named)
        {
            Keys.Claim(KeySpaces.ResidentId, id);
            Keys.Claim(KeySpaces.Phone, phone);
        }
        foreach (var organisation in Identifiers.Where(i => UnifiedSocialCreditCode.TryParse(i, out _)))
            Keys.Claim(KeySpaces.CreditCode, organisation);

        foreach (var (name, id, phone) in named)
        {
            var parsed = ResidentIdNumber.Parse(id);
            var district = XiamenPlaces.Districts.FirstOrDefault(d => d.Code == parsed.RegionCode) ?? XiamenPlaces.Siming;
            var address = XiamenPlaces.FlatAddress(Random, district);
            People.Add(new PersonSeed
            {
                Id = id, Name = name, IsMale = parsed.IsMale, BirthDate = parsed.BirthDate,
                HouseholdAddress = address, Residence = district, ResidentialAddress = address, Phone = phone,
            });
        }
        for (var i = 0; i < StaffPoolSize; i++)
            _staff.Add(PeopleGenerator.Person(Random, Keys, new DateOnly(1972, 1, 1), new DateOnly(1995, 12, 31)));
        People.AddRange(_staff);
    }

    private void AddCompanies()
    {
        var owners = TakeStaff(18).ToList();
        var debtorPerson = Person(DemoCatalogue.JudgmentDebtor.IdentifierNumber);

        var administrator = Add(Account("administrator"), OrganisationKind.Partnership, XiamenPlaces.Siming,
            "福建省厦门市思明区鹭江道2号18楼1801单元", RegistrationStatus.InBusiness, new(2016, 5, 20), 100,
            "一般项目：破产清算服务；企业管理咨询；财务咨询；税务服务" + Industries.Tail, null);
        Shareholding.Set(administrator, [(owners[0], null, 6_000), (owners[1], null, 4_000)]);
        administrator.EnterpriseType = "普通合伙企业";

        var creditor = Add(Account("creditor"), OrganisationKind.Company, XiamenPlaces.Siming,
            "福建省厦门市思明区莲前西路288号9楼906单元", RegistrationStatus.InBusiness, new(2017, 8, 15), 1_000,
            Industries.BuildingMaterials.Scope, Industries.BuildingMaterials);
        Shareholding.Set(creditor, [(owners[2], null, 7_000), (owners[3], null, 3_000)]);

        var debtor = Add(Account("debtor"), OrganisationKind.Company, XiamenPlaces.Huli,
            "福建省厦门市湖里区东渡路168号", RegistrationStatus.InLiquidation, new(2016, 3, 2), 5_000,
            Industries.Machinery.Scope, Industries.Machinery);
        Shareholding.Set(debtor, [(owners[4], null, 6_000), (owners[5], null, 2_500), (owners[6], null, 1_500)]);

        var investor = Add(Account("investor"), OrganisationKind.Company, XiamenPlaces.Jimei,
            "福建省厦门市集美区杏林湾路478号22楼2201单元", RegistrationStatus.InBusiness, new(2018, 11, 28), 20_000,
            Industries.Investment.Scope, Industries.Investment);
        Shareholding.Set(investor, [(owners[7], null, 5_100), (owners[8], null, 4_900)]);

        var bank = Add(Account("bank"), OrganisationKind.Company, XiamenPlaces.Huli,
            "福建省厦门市湖里区湖里大道62号", RegistrationStatus.InBusiness, new(2017, 1, 16), 100_000,
            "许可项目：银行业务。吸收公众存款；发放短期、中期和长期贷款；办理国内结算；办理票据承兑与贴现；代理收付款项", null);
        Shareholding.Set(bank, [(null, investor, 2_000), (owners[9], null, 3_000), (owners[10], null, 2_500), (owners[11], null, 2_500)]);

        var liaison = Add(Account("liaison"), OrganisationKind.PublicInstitution, XiamenPlaces.Siming,
            "福建省厦门市思明区湖滨北路61号5楼", RegistrationStatus.InBusiness, new(2019, 12, 26), 50,
            "为破产审判提供公共服务；协调破产程序中的公共事务；管理破产援助资金", null);
        liaison.LegalRepresentative = owners[12];

        var seller = Add(DemoCatalogue.Seller, OrganisationKind.Company, XiamenPlaces.Huli,
            "福建省厦门市湖里区枋湖路96号3楼301单元", RegistrationStatus.InBusiness, new(2016, 12, 8), 500,
            Industries.Electromechanical.Scope, Industries.Electromechanical);
        Shareholding.Set(seller, [(owners[13], null, 8_000), (owners[14], null, 2_000)]);

        var buyer = Add(DemoCatalogue.Buyer, OrganisationKind.Company, XiamenPlaces.Huli,
            "福建省厦门市湖里区五缘湾道18号", RegistrationStatus.InBusiness, new(2018, 6, 6), 3_000, Industries.Hotel.Scope, Industries.Hotel);
        Shareholding.Set(buyer, [(owners[15], null, 6_500), (owners[16], null, 3_500)]);

        var debtorsCompany = Add(DemoCatalogue.DebtorsCompany, OrganisationKind.Company,
            XiamenPlaces.Siming, "福建省厦门市思明区厦禾路820号15楼1503单元", RegistrationStatus.InBusiness, new(2019, 4, 22), 200,
            Industries.Trade.Scope, Industries.Trade);
        Shareholding.Set(debtorsCompany, [(debtorPerson, null, 7_000), (owners[17], null, 3_000)]);
    }

    /// <summary>A demo organisation under its catalogue name and code.</summary>
    private CompanySeed Add(DemoSubject subject, OrganisationKind kind, District district, string address,
        RegistrationStatus status, DateOnly established, int capitalWan, string scope, Industry? industry)
    {
        Keys.Claim(KeySpaces.OrganisationName, subject.Name);
        var parsed = UnifiedSocialCreditCode.Parse(subject.IdentifierNumber);
        var company = new CompanySeed
        {
            Code = subject.IdentifierNumber, Name = subject.Name, Kind = kind, District = district, Address = address, Status = status, Established = established,
            EnterpriseType = kind == OrganisationKind.PublicInstitution ? "事业单位" : "",
            CapitalFen = capitalWan * 1_000_000L, BusinessScope = scope, Industry = industry,
            RegistrationAuthority = parsed.RegistrationAuthority switch
            {
                RegistrationAuthority.InstitutionalEstablishment => XiamenPlaces.PublicInstitutionRegistry,
                _ when parsed.DivisionCode == XiamenPlaces.City => XiamenPlaces.CityMarketRegulationBureau,
                _ => XiamenPlaces.ByCode(parsed.DivisionCode).MarketRegulationBureau,
            },
        };
        Companies.Add(company);
        return company;
    }
}
