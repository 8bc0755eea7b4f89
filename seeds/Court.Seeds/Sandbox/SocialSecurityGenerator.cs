using GovData.Platform.V1;

namespace Court.Seeds.Sandbox;

/// <summary>
/// Contribution periods of social insurance (社会保险): who works where since when, on which monthly base,
/// and which employers are behind with their contributions.
/// </summary>
internal static class SocialSecurityGenerator
{
    private const double EmployedShare = 0.78;
    private const double ArrearsShare = 0.08;
    private static readonly int EarliestMonth = Months.Of(2000, 1);

    /// <summary>Head-count an employer has room for (0–40); small employers far more common.</summary>
    private static readonly Weighted<(int Min, int Max)> EmployerSizes = new(
        [((0, 0), 20), ((1, 3), 35), ((4, 8), 25), ((9, 15), 12), ((16, 40), 8)]);

    public static void Generate(SeededRandom random, IReadOnlyList<PersonSeed> people, IReadOnlyList<CompanySeed> companies)
    {
        var working = people.Where(IsOfWorkingAge).ToList();
        var employers = companies.Where(c => c.IsOperating).ToList();

        // Every company in liquidation still has staff; the rest of the places are filled in random order.
        var places = new List<CompanySeed>();
        foreach (var employer in employers)
        {
            var (min, max) = EmployerSizes.Draw(random);
            var size = random.Between(min, max);
            if (employer.Status == RegistrationStatus.InLiquidation) size = Math.Max(size, 2) - 1;
            for (var i = 0; i < size; i++) places.Add(employer);
        }
        random.Shuffle(places);
        places.InsertRange(0, employers.Where(e => e.Status == RegistrationStatus.InLiquidation));

        random.Shuffle(working);
        var employed = Math.Min(places.Count, (int)(working.Count * EmployedShare));
        for (var i = 0; i < employed; i++) Employ(random, working[i], places[i]);

        foreach (var person in people.Where(IsOfWorkingAge))
        {
            if (random.Chance(person.CurrentPeriod is null ? 0.5 : 0.35)) AddEarlierPeriod(random, person, companies);
            if (random.Chance(0.15)) AddEarlierPeriod(random, person, companies);
        }

        var inLiquidation = companies.Where(c => c.Status == RegistrationStatus.InLiquidation && HasCurrentStaff(c)).ToList();
        var others = companies.Where(c => c.Status == RegistrationStatus.InBusiness && HasCurrentStaff(c)).ToList();
        random.Shuffle(others);
        var target = (int)Math.Round(companies.Count * ArrearsShare);
        foreach (var company in inLiquidation) ApplyArrears(company, Months.LastContributionMonth - random.Between(3, 24) + 1);
        foreach (var company in others.Take(Math.Max(0, target - inLiquidation.Count)))
            ApplyArrears(company, Months.LastContributionMonth - random.Between(1, 12) + 1);
    }

    public static bool IsOfWorkingAge(PersonSeed person)
    {
        var age = person.AgeOn(SandboxRegistry.AsOfDate);
        return age >= 18 && age <= (person.IsMale ? 59 : 54);
    }

    /// <summary>A current period with <paramref name="employer"/>, begun on a random month since it could begin.</summary>
    public static EmploymentSeed Employ(SeededRandom random, PersonSeed person, CompanySeed employer, int? fromMonth = null)
    {
        var last = Months.LastContributionMonth;
        var earliest = Math.Min(last, Math.Max(Math.Max(Months.Of(employer.Established), Months.Of(person.BirthDate.AddYears(18))), EarliestMonth));
        var from = fromMonth ?? last - (int)((last - earliest) * Math.Pow(random.NextDouble(), 1.5));
        return Add(new EmploymentSeed { Person = person, Employer = employer, FromMonth = from, MonthlyBaseFen = BaseFen(random) });
    }

    /// <summary>
    /// A finished period before the person's first one, with an employer that existed then; nothing when none fits.
    /// Earlier periods are paid up.
    /// </summary>
    public static void AddEarlierPeriod(SeededRandom random, PersonSeed person, IReadOnlyList<CompanySeed> companies)
    {
        var firstMonth = person.Periods.Count == 0 ? Months.LastContributionMonth : person.Periods.Min(p => p.FromMonth);
        var to = firstMonth - 1 - random.Between(0, 8);
        var from = Math.Max(to - random.Between(6, 96) + 1, Math.Max(Months.Of(person.BirthDate.AddYears(18)), EarliestMonth));
        if (from > to) return;
        var current = person.CurrentPeriod?.Employer;
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var employer = companies[random.Next(companies.Count)];
            if (employer == current || Months.Of(employer.Established) > from || person.Periods.Exists(p => p.Employer == employer)) continue;
            var laterBase = person.Periods.Count == 0 ? BaseFen(random) : person.Periods.Min(p => p.MonthlyBaseFen);
            var earlierBase = Math.Max(180_000, laterBase * random.Between(60, 95) / 100 / 10_000 * 10_000);
            Add(new EmploymentSeed { Person = person, Employer = employer, FromMonth = from, ToMonth = to, MonthlyBaseFen = earlierBase });
            return;
        }
    }

    /// <summary>The employer has paid nothing since <paramref name="sinceMonth"/> for anyone it employs now.</summary>
    public static void ApplyArrears(CompanySeed company, int sinceMonth)
    {
        foreach (var period in company.Periods.Where(p => p.ToMonth is null))
            period.MonthsInArrears = Months.LastContributionMonth - Math.Max(period.FromMonth, sinceMonth) + 1;
    }

    private static bool HasCurrentStaff(CompanySeed company) => company.Periods.Exists(p => p.ToMonth is null);

    private static EmploymentSeed Add(EmploymentSeed period)
    {
        period.Person.Periods.Add(period);
        period.Employer.Periods.Add(period);
        return period;
    }

    /// <summary>A monthly base in whole hundreds of yuan, between Xiamen's floor and ceiling (about 4,600 to 24,000 yuan).</summary>
    private static long BaseFen(SeededRandom random) => random.LogUniform(46, 240) * 10_000L;
}
