using GovData.Platform.V1;

namespace Court.Seeds.Sandbox;

/// <summary>Shareholders (partners for a partnership), the enterprise type that follows from them, and the legal representative.</summary>
internal static class Shareholding
{
    private static readonly Weighted<int> ShareholderCounts = new([(1, 35), (2, 40), (3, 17), (4, 8)]);

    public static void Draw(SeededRandom random, CompanySeed company, IReadOnlyList<PersonSeed> people, IReadOnlyList<CompanySeed> companies, int olderThan)
    {
        if (!company.HasShareholders)
        {
            company.LegalRepresentative = Adult(random, people, company.Established, []);
            return;
        }

        var count = company.Kind == OrganisationKind.Partnership || company.Name.EndsWith("股份有限公司", StringComparison.Ordinal)
            ? random.Between(2, 4)
            : ShareholderCounts.Draw(random);
        var percents = Percentages(random, count);
        var chosen = new List<(PersonSeed? Person, CompanySeed? Company, int BasisPoints)>(count);
        for (var i = 0; i < count; i++)
        {
            // A partnership's first partner is the general partner, a natural person.
            var investor = company.Kind == OrganisationKind.Partnership && i == 0 ? null : Investor(random, company, companies, olderThan, chosen);
            chosen.Add(investor is null
                ? (Adult(random, people, company.Established, chosen.Select(c => c.Person)), null, percents[i] * 100)
                : (null, investor, percents[i] * 100));
        }
        Set(company, chosen);
        if (company.LegalRepresentative is null || random.Chance(0.2))
            company.LegalRepresentative = Adult(random, people, company.Established, []);
    }

    /// <summary>
    /// Records the shareholders with their subscribed capital (capital × share, exact because capital is in whole 万元),
    /// the enterprise type they make, and the largest natural-person shareholder as legal representative.
    /// </summary>
    public static void Set(CompanySeed company, IReadOnlyList<(PersonSeed? Person, CompanySeed? Company, int BasisPoints)> holders)
    {
        if (holders.Sum(h => h.BasisPoints) != 10_000) throw new ArgumentException("Shares must add up to 100%.", nameof(holders));
        foreach (var (person, investor, basisPoints) in holders.OrderByDescending(h => h.BasisPoints))
            company.Shareholders.Add(new ShareholderSeed(person, investor, basisPoints, company.CapitalFen * basisPoints / 10_000));

        var naturalShare = holders.Where(h => h.Person is not null).Sum(h => h.BasisPoints);
        company.EnterpriseType = company switch
        {
            { Kind: OrganisationKind.Partnership } => "有限合伙企业",
            _ when company.Name.EndsWith("股份有限公司", StringComparison.Ordinal) =>
                naturalShare > 0 ? "股份有限公司（非上市、自然人投资或控股）" : "股份有限公司（非上市）",
            _ when holders.Count == 1 => naturalShare > 0 ? "有限责任公司（自然人独资）" : "有限责任公司（非自然人投资或控股的法人独资）",
            _ when naturalShare > 5_000 => "有限责任公司（自然人投资或控股）",
            _ => "其他有限责任公司",
        };
        company.LegalRepresentative ??= company.Shareholders.FirstOrDefault(s => s.Person is not null)?.Person;
    }

    /// <summary>Whole percentages adding up to 100, the first the largest share or close to it.</summary>
    private static int[] Percentages(SeededRandom random, int count)
    {
        var percents = new int[count];
        var remaining = 100;
        for (var i = 0; i < count - 1; i++)
        {
            var max = remaining - (count - 1 - i);
            var min = i == 0 ? Math.Min(max, (100 + count - 1) / count) : 1;
            percents[i] = random.Between(min, max);
            remaining -= percents[i];
        }
        percents[^1] = remaining;
        return percents;
    }

    /// <summary>Sometimes an older operating company invests; null when none is drawn.</summary>
    private static CompanySeed? Investor(SeededRandom random, CompanySeed company, IReadOnlyList<CompanySeed> companies, int olderThan,
        List<(PersonSeed? Person, CompanySeed? Company, int BasisPoints)> chosen)
    {
        if (olderThan == 0 || !random.Chance(0.12)) return null;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var candidate = companies[random.Next(olderThan)];
            if (candidate.Kind == OrganisationKind.Company && candidate.Status != RegistrationStatus.Deregistered
                && candidate.Established.AddYears(1) <= company.Established && !chosen.Exists(c => c.Company == candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>A person at least 20 years old on <paramref name="on"/> and not among <paramref name="except"/>.</summary>
    public static PersonSeed Adult(SeededRandom random, IReadOnlyList<PersonSeed> people, DateOnly on, IEnumerable<PersonSeed?> except)
    {
        var excluded = except.ToList();
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var candidate = people[random.Next(people.Count)];
            if (candidate.AgeOn(on) >= 20 && !excluded.Contains(candidate)) return candidate;
        }
        throw new InvalidOperationException($"No adult on {on} among {people.Count} people.");
    }
}
