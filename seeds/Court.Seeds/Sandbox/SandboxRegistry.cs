using Court.Kernel.GovData;

namespace Court.Seeds.Sandbox;

/// <summary>
/// The sandbox government platform's registry: Xiamen residents and legal persons, what they hold, and their social
/// insurance, generated from a seed. The same seed gives the same data byte for byte; the subjects of the demo cases
/// (<see cref="Demo.DemoCatalogue"/>) are always there and always the same, whatever the seed and size.
/// </summary>
public static class SandboxRegistry
{
    public const int DefaultSeed = 20261122;

    /// <summary>
    /// The employer's share of social insurance in basis points of the monthly base, the rate arrears are computed at:
    /// pension 16% + medical 7% + unemployment 0.5% + work injury 0.4% (sandbox figures close to Xiamen's).
    /// </summary>
    public const int EmployerContributionRateBasisPoints = 2_390;

    /// <summary>The registry is as of this instant: contributions are booked up to the month before.</summary>
    public static DateTimeOffset AsOf { get; } = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    internal static DateOnly AsOfDate { get; } = DateOnly.FromDateTime(AsOf.UtcDateTime);

    /// <summary>Identifiers of the named demo subjects: the demo accounts' and the demo case parties'.</summary>
    public static IReadOnlyList<string> DemoSubjects => DemoWorld.Identifiers;

    /// <summary>
    /// Generates the registry. <paramref name="naturalPersons"/> and <paramref name="legalPersons"/> are totals,
    /// the fixed demo subjects included.
    /// </summary>
    public static PlatformRegistryData Generate(int seed = DefaultSeed, int naturalPersons = 5000, int legalPersons = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(naturalPersons, 500);
        ArgumentOutOfRangeException.ThrowIfLessThan(legalPersons, 50);

        var keys = new UniqueKeys();
        var demo = DemoWorld.Build(keys);
        var people = PeopleGenerator.Generate(SeededRandom.For(seed, "people"), keys, naturalPersons - demo.People.Count);
        var companies = CompanyGenerator.Generate(SeededRandom.For(seed, "companies"), keys, legalPersons - demo.Companies.Count, people);
        SocialSecurityGenerator.Generate(SeededRandom.For(seed, "social-security"), people, companies);
        AssetGenerator.Generate(SeededRandom.For(seed, "assets"), keys, people, companies);
        AssetGenerator.AddEquityStakes(demo.Companies);
        AssetGenerator.AddEquityStakes(companies);
        return RegistryAssembler.Assemble([(demo.People, demo.Companies), (people, companies)]);
    }

    /// <summary>Arrears of <paramref name="monthsInArrears"/> months on a base: months × base × rate (exact: bases are whole hundreds of yuan).</summary>
    internal static long ArrearsFen(int monthsInArrears, long monthlyBaseFen) =>
        monthsInArrears * monthlyBaseFen * EmployerContributionRateBasisPoints / 10_000;
}
