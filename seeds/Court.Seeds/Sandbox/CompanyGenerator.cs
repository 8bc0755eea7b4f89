using Court.Kernel.Identifiers;
using GovData.Platform.V1;

namespace Court.Seeds.Sandbox;

/// <summary>Legal persons registered in Xiamen: mostly limited companies, a few partnerships, social organisations and public institutions.</summary>
internal static class CompanyGenerator
{
    private static readonly DateOnly FirstEstablished = new(1995, 1, 1);
    private static readonly DateOnly LastEstablished = new(2025, 12, 31);

    // GB 32100 codes replaced organisation codes on 2015-10-01; since then the body is issued in the MA… series.
    private static readonly DateOnly UnifiedCodesFrom = new(2015, 10, 1);

    private static readonly Weighted<OrganisationKind> Kinds = new(
    [
        (OrganisationKind.Company, 930), (OrganisationKind.Partnership, 15), (OrganisationKind.SocialOrganisation, 15),
        (OrganisationKind.PrivateNonEnterprise, 25), (OrganisationKind.PublicInstitution, 15),
    ]);

    private static readonly Weighted<RegistrationStatus> CompanyStatuses = new(
    [
        (RegistrationStatus.InBusiness, 84), (RegistrationStatus.Revoked, 6),
        (RegistrationStatus.Deregistered, 7), (RegistrationStatus.InLiquidation, 3),
    ]);

    /// <summary>Registered capital in 万元 (10,000 yuan), small companies far more common.</summary>
    private static readonly Weighted<int> CapitalWan = new(
    [
        (10, 8), (30, 10), (50, 14), (100, 20), (200, 12), (300, 8), (500, 10), (800, 4), (1000, 8), (2000, 3), (3000, 2), (5000, 1),
    ]);

    public static List<CompanySeed> Generate(SeededRandom random, UniqueKeys keys, int count, IReadOnlyList<PersonSeed> people)
    {
        // Associations and public institutions exist once each: their names are drawn without replacement.
        var associations = new Queue<string>(Industries.Associations);
        var institutions = new List<(District District, string Name)>(
            XiamenPlaces.Districts.SelectMany(d => Industries.PublicInstitutionKinds.Select(k => (d, $"厦门市{d.Name}{k}"))));
        random.Shuffle(institutions);
        var nextInstitution = 0;

        var companies = new List<CompanySeed>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = Kinds.Draw(random);
            if ((kind == OrganisationKind.SocialOrganisation && associations.Count == 0)
                || (kind == OrganisationKind.PublicInstitution && nextInstitution == institutions.Count))
            {
                kind = OrganisationKind.Company;
            }
            companies.Add(kind switch
            {
                OrganisationKind.Company or OrganisationKind.Partnership => Enterprise(random, keys, kind),
                OrganisationKind.SocialOrganisation => NonEnterprise(random, keys, kind, XiamenPlaces.Siming, Claimed(keys, associations.Dequeue())),
                OrganisationKind.PrivateNonEnterprise => PrivateNonEnterprise(random, keys),
                _ => NonEnterprise(random, keys, kind, institutions[nextInstitution].District, Claimed(keys, institutions[nextInstitution++].Name)),
            });
        }

        // In order of establishment, so an investing company is always older than the one it invests in.
        companies.Sort((a, b) => a.Established != b.Established
            ? a.Established.CompareTo(b.Established)
            : string.CompareOrdinal(a.Code, b.Code));
        for (var i = 0; i < companies.Count; i++) Shareholding.Draw(random, companies[i], people, companies, olderThan: i);
        return companies;
    }

    private static CompanySeed Enterprise(SeededRandom random, UniqueKeys keys, OrganisationKind kind)
    {
        var district = XiamenPlaces.ByPopulation.Draw(random);
        var cityLevel = random.Chance(0.12);
        var established = Established(random);
        var industry = kind == OrganisationKind.Partnership ? Industries.Investment : random.Pick(Industries.All);
        var joinStock = kind == OrganisationKind.Company && random.Chance(0.03);
        var name = keys.ClaimNew(KeySpaces.OrganisationName, () =>
        {
            var tradeName = TradeName(random);
            return kind == OrganisationKind.Partnership
                ? $"厦门{tradeName}股权投资合伙企业（有限合伙）"
                : $"厦门{tradeName}{industry.Word}{(joinStock ? "股份" : "")}有限公司";
        });
        var capitalWan = joinStock ? random.Pick([1000, 2000, 5000, 10000]) : CapitalWan.Draw(random);
        return new CompanySeed
        {
            Code = Code(random, keys, RegistrationAuthority.MarketRegulation, '1', cityLevel ? XiamenPlaces.City : district.Code, established),
            Name = name,
            Kind = kind,
            District = district,
            Address = industry.UsesFactory && random.Chance(0.6) ? XiamenPlaces.FactoryAddress(random, district) : XiamenPlaces.OfficeAddress(random, district),
            Status = CompanyStatuses.Draw(random),
            Established = established,
            EnterpriseType = "", // set with the shareholders
            CapitalFen = capitalWan * 1_000_000L,
            BusinessScope = industry.Scope,
            RegistrationAuthority = cityLevel ? XiamenPlaces.CityMarketRegulationBureau : district.MarketRegulationBureau,
            Industry = industry,
        };
    }

    private static CompanySeed PrivateNonEnterprise(SeededRandom random, UniqueKeys keys)
    {
        var district = XiamenPlaces.ByPopulation.Draw(random);
        var name = keys.ClaimNew(KeySpaces.OrganisationName, () =>
            $"厦门市{district.Name}{TradeName(random)}{random.Pick(Industries.NonEnterpriseKinds)}");
        return NonEnterprise(random, keys, OrganisationKind.PrivateNonEnterprise, district, name);
    }

    private static CompanySeed NonEnterprise(SeededRandom random, UniqueKeys keys, OrganisationKind kind, District district, string name)
    {
        var established = Established(random);
        var (authority, typeCode, division, registry, type, scope) = kind switch
        {
            OrganisationKind.SocialOrganisation => (RegistrationAuthority.CivilAffairs, '1', XiamenPlaces.City, XiamenPlaces.CityCivilAffairsBureau,
                "社会团体", "行业自律、行业调研、业务培训、交流合作、咨询服务"),
            OrganisationKind.PrivateNonEnterprise => (RegistrationAuthority.CivilAffairs, '2', district.Code, district.CivilAffairsBureau,
                "民办非企业单位", "为社区居民提供培训、照料、康复及社会工作服务"),
            _ => (RegistrationAuthority.InstitutionalEstablishment, '2', district.Code, XiamenPlaces.PublicInstitutionRegistry,
                "事业单位", "承担本区公共文化、社会福利及公共服务相关工作"),
        };
        return new CompanySeed
        {
            Code = Code(random, keys, authority, typeCode, division, established),
            Name = name,
            Kind = kind,
            District = district,
            Address = XiamenPlaces.OfficeAddress(random, district),
            Status = random.Chance(0.95) ? RegistrationStatus.InBusiness : RegistrationStatus.Deregistered,
            Established = established,
            EnterpriseType = type,
            CapitalFen = random.Between(3, 50) * 1_000_000L,
            BusinessScope = scope,
            RegistrationAuthority = registry,
        };
    }

    /// <summary>More companies were founded each year than the year before: skewed towards recent years.</summary>
    private static DateOnly Established(SeededRandom random)
    {
        var span = LastEstablished.DayNumber - FirstEstablished.DayNumber;
        return DateOnly.FromDayNumber(FirstEstablished.DayNumber + (int)(span * Math.Sqrt(random.NextDouble())));
    }

    private static string Claimed(UniqueKeys keys, string name)
    {
        keys.Claim(KeySpaces.OrganisationName, name);
        return name;
    }

    private static string TradeName(SeededRandom random)
    {
        var first = random.Pick(Industries.TradeNameFirst);
        char second;
        do second = random.Pick(Industries.TradeNameSecond); while (second == first);
        return $"{first}{second}";
    }

    private static string Code(SeededRandom random, UniqueKeys keys, RegistrationAuthority authority, char typeCode, string division, DateOnly established) =>
        keys.ClaimNew(KeySpaces.CreditCode, () =>
        {
            var body = established >= UnifiedCodesFrom
                ? (authority == RegistrationAuthority.CivilAffairs ? "MJ" : "MA") + Alphanumeric(random, 6)
                : random.Between(1, 9).ToString(System.Globalization.CultureInfo.InvariantCulture) + random.Digits(7);
            return UnifiedSocialCreditCode.Create(authority, typeCode, division, body).Value;
        });

    private static string Alphanumeric(SeededRandom random, int count)
    {
        Span<char> chars = stackalloc char[count];
        for (var i = 0; i < count; i++) chars[i] = UnifiedSocialCreditCode.Alphabet[random.Next(UnifiedSocialCreditCode.Alphabet.Length)];
        return chars.ToString();
    }
}
