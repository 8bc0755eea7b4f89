using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Court.Kernel.Identifiers;
using Court.Seeds.Sandbox;
using GovData.Platform.V1;

namespace Court.Seeds.Tests.Sandbox;

public sealed class Generating_the_sandbox_registry
{
    [Fact]
    public void The_default_registry_has_5000_natural_and_1000_legal_persons()
    {
        Registry.Default.NaturalPersons.Count.ShouldBe(5000);
        Registry.Default.LegalPersons.Count.ShouldBe(1000);
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes()
    {
        var first = Registry.Bytes(SandboxRegistry.Generate(seed: 7, naturalPersons: 1200, legalPersons: 250));
        var second = Registry.Bytes(SandboxRegistry.Generate(seed: 7, naturalPersons: 1200, legalPersons: 250));

        second.ShouldBe(first);
        Registry.Bytes(SandboxRegistry.Generate()).ShouldBe(Registry.Bytes(Registry.Default));
    }

    [Fact]
    public void The_default_registry_is_the_same_in_every_process()
    {
        // Catches hash-order or clock leaks that two generations in one process cannot. When the generator is
        // changed on purpose, replace the hash with the new one.
        var hash = Convert.ToHexString(SHA256.HashData(Registry.Bytes(Registry.Default)));

        hash.ShouldBe("BB25E756E8F0C6AC3E4E352DD39056824DA32D77A2D1AACEF5865E390A34BACA");
    }

    [Fact]
    public void The_current_culture_does_not_change_the_bytes()
    {
        var invariant = Registry.Bytes(SandboxRegistry.Generate(seed: 3, naturalPersons: 800, legalPersons: 120));
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            Registry.Bytes(SandboxRegistry.Generate(seed: 3, naturalPersons: 800, legalPersons: 120)).ShouldBe(invariant);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Another_seed_gives_other_people()
    {
        var other = SandboxRegistry.Generate(seed: 8, naturalPersons: 1200, legalPersons: 250);
        var seven = SandboxRegistry.Generate(seed: 7, naturalPersons: 1200, legalPersons: 250);

        Registry.Bytes(other).ShouldNotBe(Registry.Bytes(seven));
        other.NaturalPersons[^1].ResidentIdNumber.ShouldNotBe(seven.NaturalPersons[^1].ResidentIdNumber);
    }

    [Fact]
    public void The_default_registry_is_generated_in_under_two_seconds()
    {
        var clock = Stopwatch.StartNew();
        var data = SandboxRegistry.Generate(seed: 99);
        clock.Stop();

        data.NaturalPersons.Count.ShouldBe(5000);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Every_resident_id_number_is_valid_and_unique()
    {
        var ids = Registry.Default.NaturalPersons.Select(p => p.ResidentIdNumber).ToList();

        ids.Where(id => !ResidentIdNumber.TryParse(id, out _)).ShouldBeEmpty();
        ids.Distinct(StringComparer.Ordinal).Count().ShouldBe(ids.Count);
    }

    [Fact]
    public void Gender_and_birth_date_are_those_the_id_number_encodes()
    {
        foreach (var person in Registry.Default.NaturalPersons)
        {
            var id = ResidentIdNumber.Parse(person.ResidentIdNumber);
            person.Gender.ShouldBe(id.IsMale ? Gender.Male : Gender.Female, person.ResidentIdNumber);
            person.BirthDate.ShouldBe(id.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            id.BirthDate.Year.ShouldBeInRange(1950, 2005);
        }
    }

    [Fact]
    public void People_live_in_Xiamen_have_a_name_and_a_mobile_number()
    {
        foreach (var person in Registry.Default.NaturalPersons)
        {
            person.Name.Length.ShouldBeInRange(2, 4);
            person.HouseholdAddress.ShouldStartWith("福建省厦门市");
            person.ResidentialAddress.ShouldMatch(@"^福建省厦门市(思明|海沧|湖里|集美|同安|翔安)区.+号\d+室$");
            person.Phone.ShouldMatch(@"^1[358]\d{9}$");
        }
        Registry.Default.NaturalPersons.Select(p => p.Phone).Distinct().Count().ShouldBe(Registry.Default.NaturalPersons.Count);
    }

    [Fact]
    public void Most_people_were_first_registered_in_Xiamen_and_some_elsewhere_in_Fujian()
    {
        var regions = Registry.Default.NaturalPersons.Select(p => p.ResidentIdNumber[..6]).ToList();

        regions.ShouldAllBe(r => r.StartsWith("35", StringComparison.Ordinal));
        regions.Count(r => r.StartsWith("3502", StringComparison.Ordinal)).ShouldBeGreaterThan(regions.Count / 2);
        regions.Count(r => !r.StartsWith("3502", StringComparison.Ordinal)).ShouldBeGreaterThan(regions.Count / 10);
    }

    [Fact]
    public void Sizes_below_the_demo_world_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => SandboxRegistry.Generate(naturalPersons: 10));
    }
}
