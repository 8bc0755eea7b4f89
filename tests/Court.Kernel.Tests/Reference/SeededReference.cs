using Court.Seeds.Reference;

namespace Court.Kernel.Tests.Reference;

/// <summary>The reference data as shipped in <c>seeds/reference/</c>, read once for the tests of this project.</summary>
internal static class SeededReference
{
    public static readonly ReferenceData Data = ReferenceData.FromSeeds();
}
