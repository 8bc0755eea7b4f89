using GovData.Platform.V1;

namespace Court.Kernel.GovData;

/// <summary>
/// Registry content in the government platform's own messages: what the sandbox platform serves in embedded mode
/// and tests. Generated deterministically in <c>seeds/</c>; the real platform has its own.
/// </summary>
public sealed class PlatformRegistryData
{
    public required IReadOnlyList<NaturalPerson> NaturalPersons { get; init; }

    public required IReadOnlyList<LegalPerson> LegalPersons { get; init; }

    /// <summary>One entry per subject that holds anything; a subject without an entry holds nothing.</summary>
    public required IReadOnlyList<AssetHoldings> Holdings { get; init; }

    public required IReadOnlyList<PersonContributions> PersonContributions { get; init; }

    public required IReadOnlyList<EmployerContributions> EmployerContributions { get; init; }
}
