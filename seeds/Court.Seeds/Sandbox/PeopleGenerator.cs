using Court.Kernel.Identifiers;

namespace Court.Seeds.Sandbox;

/// <summary>Residents of Xiamen: most first registered in one of its districts, some elsewhere in Fujian.</summary>
internal static class PeopleGenerator
{
    public static readonly DateOnly EarliestBirth = new(1950, 1, 1);
    public static readonly DateOnly LatestBirth = new(2005, 12, 31);

    private static readonly string[] PhonePrefixes =
        ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156",
         "157", "158", "159", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189"];

    public static List<PersonSeed> Generate(SeededRandom random, UniqueKeys keys, int count)
    {
        var people = new List<PersonSeed>(count);
        for (var i = 0; i < count; i++) people.Add(Person(random, keys, EarliestBirth, LatestBirth));
        return people;
    }

    public static PersonSeed Person(SeededRandom random, UniqueKeys keys, DateOnly bornFrom, DateOnly bornTo)
    {
        var isMale = random.Chance(0.5);
        var birth = random.DateBetween(bornFrom, bornTo);
        var region = random.Chance(0.72) ? XiamenPlaces.ByPopulation.Draw(random).Code : random.Pick(XiamenPlaces.ElsewhereInFujian);
        var id = keys.ClaimNew(KeySpaces.ResidentId, () =>
            // GB 11643: the last digit of the sequence is odd for men, even for women.
            ResidentIdNumber.Create(region, birth, (random.Between(1, 499) * 2) + (isMale ? 1 : 0)).Value);

        // Born in a Xiamen district: mostly still registered there; otherwise moved the household registration (户口) in.
        var household = region.StartsWith("3502", StringComparison.Ordinal) && random.Chance(0.7)
            ? XiamenPlaces.ByCode(region)
            : XiamenPlaces.ByPopulation.Draw(random);
        var householdAddress = XiamenPlaces.FlatAddress(random, household);
        var movedOut = random.Chance(0.45);
        var residence = movedOut ? XiamenPlaces.ByPopulation.Draw(random) : household;
        return new PersonSeed
        {
            Id = id,
            Name = ChineseNames.Draw(random, isMale, birth.Year),
            IsMale = isMale,
            BirthDate = birth,
            HouseholdAddress = householdAddress,
            Residence = residence,
            ResidentialAddress = movedOut ? XiamenPlaces.FlatAddress(random, residence) : householdAddress,
            Phone = keys.ClaimNew(KeySpaces.Phone, () => random.Pick(PhonePrefixes) + random.Digits(8)),
        };
    }
}
