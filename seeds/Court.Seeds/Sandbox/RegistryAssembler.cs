using System.Globalization;
using Court.Kernel.GovData;
using Google.Protobuf.WellKnownTypes;
using GovData.Platform.V1;

namespace Court.Seeds.Sandbox;

/// <summary>
/// Turns the seeds into the platform's messages, numbering assets (RE-000001, VH-…, DP-…, SC-…, EQ-…, HF-…) and earlier
/// restrictions (PRIOR-000001) in output order, so the demo subjects, which come first, keep their numbers.
/// </summary>
internal static class RegistryAssembler
{
    private static readonly AssetCategory[] CategoryOrder =
    [
        AssetCategory.RealEstate, AssetCategory.Vehicle, AssetCategory.BankDeposit,
        AssetCategory.Securities, AssetCategory.EquityStake, AssetCategory.HousingFund,
    ];

    private static readonly Dictionary<AssetCategory, string> IdPrefixes = new()
    {
        [AssetCategory.RealEstate] = "RE", [AssetCategory.Vehicle] = "VH", [AssetCategory.BankDeposit] = "DP",
        [AssetCategory.Securities] = "SC", [AssetCategory.EquityStake] = "EQ", [AssetCategory.HousingFund] = "HF",
    };

    /// <summary>Each world's people and companies in order: the demo world first, the generated one after.</summary>
    public static PlatformRegistryData Assemble(IReadOnlyList<(IReadOnlyList<PersonSeed> People, IReadOnlyList<CompanySeed> Companies)> worlds)
    {
        var people = worlds.SelectMany(w => w.People).ToList();
        var companies = worlds.SelectMany(w => w.Companies).ToList();
        var numbering = new Numbering();
        var holdings = new List<AssetHoldings>();
        foreach (var (worldPeople, worldCompanies) in worlds)
        {
            holdings.AddRange(worldPeople.Where(p => p.Assets.Count > 0)
                .Select(p => Holdings(new SubjectRef { ResidentIdNumber = p.Id }, p.Assets, numbering)));
            holdings.AddRange(worldCompanies.Where(c => c.Assets.Count > 0)
                .Select(c => Holdings(new SubjectRef { CreditCode = c.Code }, c.Assets, numbering)));
        }
        return new PlatformRegistryData
        {
            NaturalPersons = [.. people.Select(NaturalPerson)],
            LegalPersons = [.. companies.Select(LegalPerson)],
            Holdings = holdings,
            PersonContributions = [.. people.Where(p => p.Periods.Count > 0).Select(PersonContributions)],
            EmployerContributions = [.. companies.Where(c => c.Periods.Count > 0).Select(EmployerContributions)],
        };
    }

    private static NaturalPerson NaturalPerson(PersonSeed p) => new()
    {
        ResidentIdNumber = p.Id,
        Name = p.Name,
        Gender = p.IsMale ? Gender.Male : Gender.Female,
        BirthDate = p.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        HouseholdAddress = p.HouseholdAddress,
        ResidentialAddress = p.ResidentialAddress,
        Phone = p.Phone,
    };

    private static LegalPerson LegalPerson(CompanySeed c)
    {
        var message = new LegalPerson
        {
            CreditCode = c.Code,
            Name = c.Name,
            LegalRepresentative = c.LegalRepresentative?.Name ?? "",
            RegisteredAddress = c.Address,
            Status = c.Status,
            EstablishedOn = c.Established.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            EnterpriseType = c.EnterpriseType,
            RegisteredCapitalFen = c.CapitalFen,
            BusinessScope = c.BusinessScope,
            RegistrationAuthority = c.RegistrationAuthority,
        };
        message.Shareholders.AddRange(c.Shareholders.Select(s => new Shareholder
        {
            Name = s.Name,
            Subject = s.Person is not null ? new SubjectRef { ResidentIdNumber = s.Person.Id } : new SubjectRef { CreditCode = s.Company!.Code },
            SubscribedCapitalFen = s.SubscribedFen,
            ShareBasisPoints = s.BasisPoints,
        }));
        return message;
    }

    private static AssetHoldings Holdings(SubjectRef subject, List<AssetSeed> assets, Numbering numbering)
    {
        var message = new AssetHoldings { Subject = subject, AsOf = Timestamp.FromDateTimeOffset(SandboxRegistry.AsOf) };
        foreach (var asset in assets.OrderBy(a => Array.IndexOf(CategoryOrder, a.Category))) // stable: same category keeps its order
        {
            var item = new Asset
            {
                AssetId = numbering.NextAssetId(asset.Category),
                Category = asset.Category,
                Institution = asset.Institution,
                Identifier = asset.Identifier,
                Description = asset.Description,
                ValueFen = asset.ValueFen,
            };
            if (asset.Restriction is { } r)
            {
                item.Restrictions.Add(new Restriction
                {
                    ActionId = numbering.NextRestrictionId(),
                    Kind = r.Kind,
                    Authority = r.Authority,
                    AmountFen = r.AmountFen,
                    // 09:30 in Xiamen (UTC+8) on the day it was ordered.
                    Since = Timestamp.FromDateTimeOffset(new DateTimeOffset(r.Since.ToDateTime(new TimeOnly(1, 30)), TimeSpan.Zero)),
                });
            }
            message.Assets.Add(item);
        }
        return message;
    }

    private static PersonContributions PersonContributions(PersonSeed p)
    {
        var message = new PersonContributions { ResidentIdNumber = p.Id, Name = p.Name };
        message.Periods.AddRange(p.Periods.OrderBy(e => e.FromMonth).Select(e => new ContributionPeriod
        {
            EmployerCreditCode = e.Employer.Code,
            EmployerName = e.Employer.Name,
            FromMonth = Months.Format(e.FromMonth),
            ToMonth = e.ToMonth is { } to ? Months.Format(to) : "",
            MonthsPaid = e.MonthsPaid,
            MonthsInArrears = e.MonthsInArrears,
            MonthlyBaseFen = e.MonthlyBaseFen,
        }));
        return message;
    }

    /// <summary>The employer's current staff (former employees appear only in their own history), arrears and their total.</summary>
    private static EmployerContributions EmployerContributions(CompanySeed c)
    {
        var message = new EmployerContributions { CreditCode = c.Code, Name = c.Name };
        message.Employees.AddRange(c.Periods.Where(e => e.ToMonth is null)
            .OrderBy(e => e.FromMonth).ThenBy(e => e.Person.Id, StringComparer.Ordinal)
            .Select(e => new EmployeeContribution
            {
                ResidentIdNumber = e.Person.Id,
                Name = e.Person.Name,
                FromMonth = Months.Format(e.FromMonth),
                MonthsPaid = e.MonthsPaid,
                MonthsInArrears = e.MonthsInArrears,
                MonthlyBaseFen = e.MonthlyBaseFen,
                ArrearsFen = e.ArrearsFen,
            }));
        message.TotalArrearsFen = message.Employees.Sum(e => e.ArrearsFen);
        return message;
    }

    private sealed class Numbering
    {
        private readonly int[] _assets = new int[CategoryOrder.Length];
        private int _restrictions;

        public string NextAssetId(AssetCategory category) =>
            $"{IdPrefixes[category]}-{++_assets[Array.IndexOf(CategoryOrder, category)]:D6}";

        public string NextRestrictionId() => $"PRIOR-{++_restrictions:D6}";
    }
}
