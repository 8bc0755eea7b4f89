using Court.Kernel.Identifiers;
using GovData.Platform.V1;

namespace Court.Seeds.Tests.Sandbox;

public sealed class Legal_persons_in_the_sandbox_registry
{
    private static IReadOnlyList<LegalPerson> Companies => Registry.Default.LegalPersons;

    [Fact]
    public void Every_credit_code_is_valid_and_unique_and_mostly_a_market_regulated_enterprise()
    {
        var codes = Companies.Select(c => c.CreditCode).ToList();

        codes.Where(code => !UnifiedSocialCreditCode.TryParse(code, out _)).ShouldBeEmpty();
        codes.Distinct(StringComparer.Ordinal).Count().ShouldBe(codes.Count);
        codes.Count(c => c.StartsWith("91", StringComparison.Ordinal)).ShouldBeGreaterThan(codes.Count * 9 / 10);
        codes.ShouldContain(c => !c.StartsWith("91", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_are_unique_and_companies_are_named_after_Xiamen()
    {
        Companies.Select(c => c.Name).Distinct().Count().ShouldBe(Companies.Count);
        Companies.Count(c => c.Name.StartsWith("厦门", StringComparison.Ordinal) && c.Name.EndsWith("有限公司", StringComparison.Ordinal))
            .ShouldBeGreaterThan(Companies.Count * 9 / 10);
    }

    [Fact]
    public void The_legal_representative_is_one_of_the_natural_persons()
    {
        var names = Registry.Default.NaturalPersons.Select(p => p.Name).ToHashSet();

        Companies.ShouldAllBe(c => names.Contains(c.LegalRepresentative));
    }

    [Fact]
    public void Registration_details_are_filled_in_for_Xiamen()
    {
        foreach (var company in Companies)
        {
            company.RegisteredAddress.ShouldStartWith("福建省厦门市");
            company.RegistrationAuthority.ShouldStartWith("厦门市");
            company.EnterpriseType.ShouldNotBeNullOrWhiteSpace();
            company.BusinessScope.ShouldNotBeNullOrWhiteSpace();
            company.RegisteredCapitalFen.ShouldBeGreaterThan(0);
            string.CompareOrdinal(company.EstablishedOn, "1995-01-01").ShouldBeGreaterThanOrEqualTo(0);
            string.CompareOrdinal(company.EstablishedOn, "2025-12-31").ShouldBeLessThanOrEqualTo(0);
            company.Status.ShouldNotBe(RegistrationStatus.Unspecified);
        }
    }

    [Fact]
    public void Most_are_in_business_and_some_revoked_deregistered_or_in_liquidation()
    {
        var byStatus = Companies.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Count());

        byStatus[RegistrationStatus.InBusiness].ShouldBeGreaterThan(Companies.Count * 3 / 4);
        byStatus[RegistrationStatus.Revoked].ShouldBeGreaterThan(0);
        byStatus[RegistrationStatus.Deregistered].ShouldBeGreaterThan(0);
        byStatus[RegistrationStatus.InLiquidation].ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Shares_add_up_to_100_percent_and_subscribed_capital_to_the_registered_capital()
    {
        var subjects = Registry.Default.NaturalPersons.Select(p => p.ResidentIdNumber)
            .Concat(Companies.Select(c => c.CreditCode)).ToHashSet(StringComparer.Ordinal);

        foreach (var company in Companies.Where(c => c.Shareholders.Count > 0))
        {
            company.Shareholders.Count.ShouldBeInRange(1, 4);
            company.Shareholders.Sum(s => s.ShareBasisPoints).ShouldBe(10_000, company.Name);
            company.Shareholders.Sum(s => s.SubscribedCapitalFen).ShouldBe(company.RegisteredCapitalFen, company.Name);
            foreach (var holder in company.Shareholders)
            {
                holder.SubscribedCapitalFen.ShouldBe(company.RegisteredCapitalFen * holder.ShareBasisPoints / 10_000);
                subjects.ShouldContain(holder.Subject.Identifier());
                holder.Subject.Identifier().ShouldNotBe(company.CreditCode);
            }
        }
        Companies.Count(c => c.Shareholders.Count > 0).ShouldBeGreaterThan(Companies.Count * 9 / 10);
        Companies.ShouldContain(c => c.Shareholders.Any(s => s.Subject.IdCase == SubjectRef.IdOneofCase.CreditCode));
    }

    [Fact]
    public void A_shareholder_is_named_as_the_registry_names_it()
    {
        var names = Registry.Default.NaturalPersons.ToDictionary(p => p.ResidentIdNumber, p => p.Name)
            .Concat(Companies.ToDictionary(c => c.CreditCode, c => c.Name)).ToDictionary();

        Companies.SelectMany(c => c.Shareholders).ShouldAllBe(s => names[s.Subject.Identifier()] == s.Name);
    }
}
