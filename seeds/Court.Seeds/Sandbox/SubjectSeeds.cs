using GovData.Platform.V1;

namespace Court.Seeds.Sandbox;

/// <summary>A natural person while the registry is being built; becomes a <see cref="NaturalPerson"/> at the end.</summary>
internal sealed class PersonSeed
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required bool IsMale { get; init; }
    public required DateOnly BirthDate { get; init; }
    public required string HouseholdAddress { get; init; }
    public required District Residence { get; init; }
    public required string ResidentialAddress { get; init; }
    public required string Phone { get; init; }

    public List<AssetSeed> Assets { get; } = [];
    public List<EmploymentSeed> Periods { get; } = [];

    public EmploymentSeed? CurrentPeriod => Periods.Find(p => p.ToMonth is null);

    public int AgeOn(DateOnly day) =>
        day.Year - BirthDate.Year - (day < BirthDate.AddYears(day.Year - BirthDate.Year) ? 1 : 0);
}

internal enum OrganisationKind
{
    Company,
    Partnership,
    SocialOrganisation,
    PrivateNonEnterprise,
    PublicInstitution,
}

/// <summary>A legal person while the registry is being built; becomes a <see cref="LegalPerson"/> at the end.</summary>
internal sealed class CompanySeed
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required OrganisationKind Kind { get; init; }
    public required District District { get; init; }
    public required string Address { get; init; }
    public required RegistrationStatus Status { get; init; }
    public required DateOnly Established { get; init; }
    public required string EnterpriseType { get; set; }
    public required long CapitalFen { get; init; }
    public required string BusinessScope { get; init; }
    public required string RegistrationAuthority { get; init; }
    public Industry? Industry { get; init; }

    public PersonSeed? LegalRepresentative { get; set; }
    public List<ShareholderSeed> Shareholders { get; } = [];
    public List<AssetSeed> Assets { get; } = [];
    public List<EmploymentSeed> Periods { get; } = [];

    public bool IsOperating => Status is RegistrationStatus.InBusiness or RegistrationStatus.InLiquidation;

    public bool HasShareholders => Kind is OrganisationKind.Company or OrganisationKind.Partnership;
}

/// <summary>Exactly one of <see cref="Person"/> and <see cref="Company"/>.</summary>
internal sealed record ShareholderSeed(PersonSeed? Person, CompanySeed? Company, int BasisPoints, long SubscribedFen)
{
    public string Name => Person?.Name ?? Company!.Name;

    public string Identifier => Person?.Id ?? Company!.Code;
}

/// <summary>A contribution period: months are indices (<see cref="Months"/>); <see cref="ToMonth"/> is null while current.</summary>
internal sealed class EmploymentSeed
{
    public required PersonSeed Person { get; init; }
    public required CompanySeed Employer { get; init; }
    public required int FromMonth { get; init; }
    public int? ToMonth { get; init; }
    public required long MonthlyBaseFen { get; init; }

    /// <summary>The last months of the period not paid for; only a current period falls into arrears.</summary>
    public int MonthsInArrears { get; set; }

    public int MonthsCovered => (ToMonth ?? Months.LastContributionMonth) - FromMonth + 1;

    public int MonthsPaid => MonthsCovered - MonthsInArrears;

    public long ArrearsFen => SandboxRegistry.ArrearsFen(MonthsInArrears, MonthlyBaseFen);
}

internal sealed record RestrictionSeed(ActionKind Kind, string Authority, long AmountFen, DateOnly Since);

/// <summary>An asset as the holding institution reports it; the platform id is given when the registry is assembled.</summary>
internal sealed record AssetSeed(AssetCategory Category, string Institution, string Identifier, string Description, long ValueFen)
{
    public RestrictionSeed? Restriction { get; init; }
}

/// <summary>Months as one integer (year × 12 + month − 1), so periods are subtraction.</summary>
internal static class Months
{
    /// <summary>The registry is as of 2026-11-01: contributions are booked up to October 2026.</summary>
    public static readonly int LastContributionMonth = Of(2026, 10);

    public static int Of(int year, int month) => (year * 12) + month - 1;

    public static int Of(DateOnly day) => Of(day.Year, day.Month);

    public static string Format(int month) => $"{month / 12:D4}-{(month % 12) + 1:D2}";
}
