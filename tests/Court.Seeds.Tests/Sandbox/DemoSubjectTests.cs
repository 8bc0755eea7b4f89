using Court.Kernel.Identifiers;
using Court.Seeds.Demo;
using Court.Seeds.Sandbox;
using Google.Protobuf;
using GovData.Platform.V1;

namespace Court.Seeds.Tests.Sandbox;

public sealed class Demo_subjects_in_the_sandbox_registry
{
    private static readonly string[] Sides = ["Plaintiff", "Defendant", "Applicant", "Respondent", "Debtor", "Creditor"];

    [Fact]
    public void Every_demo_account_with_an_identifier_is_registered_under_the_same_name()
    {
        var names = Names(Registry.Default);

        foreach (var account in DemoCatalogue.Accounts.Where(a => a.IdentifierNumber is not null))
            names.GetValueOrDefault(account.IdentifierNumber!).ShouldBe(account.DisplayName, account.UserName);
    }

    [Fact]
    public void Demo_parties_are_registered_subjects_of_the_demo_cases()
    {
        var names = Names(Registry.Default);
        var caseIds = DemoCatalogue.Cases.Select(c => c.Id).ToHashSet();

        foreach (var party in DemoCatalogue.Parties)
        {
            caseIds.ShouldContain(party.CaseId);
            Sides.ShouldContain(party.Side);
            names.GetValueOrDefault(party.IdentifierNumber).ShouldBe(party.Name);
            var isPerson = ResidentIdNumber.TryParse(party.IdentifierNumber, out _);
            party.Kind.ShouldBe(isPerson ? "NaturalPerson" : "LegalPerson");
        }
        DemoCatalogue.Parties.Select(p => p.CaseId).Distinct().Count().ShouldBe(DemoCatalogue.Cases.Count);
        SandboxRegistry.DemoSubjects.ShouldBe(SandboxRegistry.DemoSubjects.Distinct());
        SandboxRegistry.DemoSubjects.ShouldAllBe(id => names.ContainsKey(id));
    }

    [Fact]
    public void The_judgment_debtor_of_cases_1_and_3_holds_deposits_a_flat_and_a_car()
    {
        var defendant = DemoCatalogue.Parties.Single(p => p.CaseId == DemoCatalogue.Cases[0].Id && p.Side == "Defendant");
        var respondents = DemoCatalogue.Parties.Where(p => p.CaseId == DemoCatalogue.Cases[2].Id && p.Side == "Respondent").ToList();

        defendant.Kind.ShouldBe("NaturalPerson");
        respondents.ShouldContain(p => p.IdentifierNumber == defendant.IdentifierNumber);
        respondents.ShouldContain(p => p.Kind == "LegalPerson");
        var categories = Holding(defendant.IdentifierNumber).Assets.Select(a => a.Category).ToList();
        categories.ShouldContain(AssetCategory.BankDeposit);
        categories.ShouldContain(AssetCategory.RealEstate);
        categories.ShouldContain(AssetCategory.Vehicle);
    }

    [Fact]
    public void The_bankruptcy_debtor_is_in_liquidation_with_about_30_staff_arrears_and_assets()
    {
        var debtor = DemoCatalogue.Accounts.Single(a => a.UserName == "debtor");
        var company = Registry.Default.LegalPersons.Single(c => c.CreditCode == debtor.IdentifierNumber);
        var contributions = Registry.Default.EmployerContributions.Single(e => e.CreditCode == debtor.IdentifierNumber);

        company.Status.ShouldBe(RegistrationStatus.InLiquidation);
        contributions.Employees.Count.ShouldBeInRange(25, 35);
        contributions.TotalArrearsFen.ShouldBeGreaterThan(0);
        var categories = Holding(company.CreditCode).Assets.Select(a => a.Category).ToList();
        categories.ShouldContain(AssetCategory.RealEstate);
        categories.ShouldContain(AssetCategory.BankDeposit);
        categories.ShouldContain(AssetCategory.Vehicle);
    }

    [Fact]
    public void The_liaison_is_a_public_institution()
    {
        var liaison = DemoCatalogue.Accounts.Single(a => a.UserName == "liaison");

        UnifiedSocialCreditCode.Parse(liaison.IdentifierNumber!).RegistrationAuthority.ShouldBe(RegistrationAuthority.InstitutionalEstablishment);
        Registry.Default.LegalPersons.Single(c => c.CreditCode == liaison.IdentifierNumber).EnterpriseType.ShouldBe("事业单位");
    }

    [Fact]
    public void Demo_subjects_are_the_same_whatever_the_seed_and_size()
    {
        var other = SandboxRegistry.Generate(seed: 1, naturalPersons: 800, legalPersons: 120);

        foreach (var id in SandboxRegistry.DemoSubjects)
            Everything(other, id).ShouldBe(Everything(Registry.Default, id), id);
    }

    /// <summary>Every message about the subject — record, holdings, contributions — serialised.</summary>
    private static List<string> Everything(Kernel.GovData.PlatformRegistryData data, string id)
    {
        IEnumerable<IMessage> messages =
        [
            .. data.NaturalPersons.Where(p => p.ResidentIdNumber == id),
            .. data.LegalPersons.Where(c => c.CreditCode == id),
            .. data.Holdings.Where(h => h.Subject.Identifier() == id),
            .. data.PersonContributions.Where(p => p.ResidentIdNumber == id),
            .. data.EmployerContributions.Where(e => e.CreditCode == id),
        ];
        return [.. messages.Select(m => m.ToByteString().ToBase64())];
    }

    private static AssetHoldings Holding(string id) => Registry.Default.Holdings.Single(h => h.Subject.Identifier() == id);

    private static Dictionary<string, string> Names(Kernel.GovData.PlatformRegistryData data) =>
        data.NaturalPersons.Select(p => (Id: p.ResidentIdNumber, p.Name))
            .Concat(data.LegalPersons.Select(c => (Id: c.CreditCode, c.Name)))
            .ToDictionary(x => x.Id, x => x.Name);
}
