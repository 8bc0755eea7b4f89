using Court.Seeds.Sandbox;
using GovData.Platform.V1;

namespace Court.Seeds.Tests.Sandbox;

public sealed class Social_security_in_the_sandbox_registry
{
    private static readonly int LastBookedMonth = Registry.MonthIndex("2026-10");

    private static IReadOnlyList<PersonContributions> People => Registry.Default.PersonContributions;

    private static IReadOnlyList<EmployerContributions> Employers => Registry.Default.EmployerContributions;

    [Fact]
    public void The_person_and_the_employer_view_agree_on_every_current_period()
    {
        var fromPeople = People
            .SelectMany(p => p.Periods.Where(x => x.ToMonth.Length == 0)
                .Select(x => (x.EmployerCreditCode, p.ResidentIdNumber, p.Name, x.FromMonth, x.MonthsPaid, x.MonthsInArrears, x.MonthlyBaseFen)))
            .Order().ToList();
        var fromEmployers = Employers
            .SelectMany(e => e.Employees.Select(x => (e.CreditCode, x.ResidentIdNumber, x.Name, x.FromMonth, x.MonthsPaid, x.MonthsInArrears, x.MonthlyBaseFen)))
            .Order().ToList();

        fromEmployers.ShouldBe(fromPeople);
        fromPeople.Count.ShouldBeGreaterThan(2000);
    }

    [Fact]
    public void Employers_and_insured_persons_are_registered_subjects_under_their_registered_names()
    {
        var people = Registry.Default.NaturalPersons.ToDictionary(p => p.ResidentIdNumber, p => p.Name);
        var companies = Registry.Default.LegalPersons.ToDictionary(c => c.CreditCode);

        People.ShouldAllBe(p => people[p.ResidentIdNumber] == p.Name);
        Employers.ShouldAllBe(e => companies[e.CreditCode].Name == e.Name);
        People.SelectMany(p => p.Periods).ShouldAllBe(x => companies[x.EmployerCreditCode].Name == x.EmployerName);
        Employers.Where(e => e.Employees.Count > 0).ShouldAllBe(e =>
            companies[e.CreditCode].Status == RegistrationStatus.InBusiness || companies[e.CreditCode].Status == RegistrationStatus.InLiquidation);
    }

    [Fact]
    public void A_person_has_at_most_one_current_employer_and_periods_do_not_overlap()
    {
        foreach (var person in People)
        {
            person.Periods.Count(x => x.ToMonth.Length == 0).ShouldBeLessThanOrEqualTo(1);
            var periods = person.Periods.Select(x => (From: Registry.MonthIndex(x.FromMonth), To: x.ToMonth.Length == 0 ? LastBookedMonth : Registry.MonthIndex(x.ToMonth)))
                .ToList();
            for (var i = 1; i < periods.Count; i++) periods[i].From.ShouldBeGreaterThan(periods[i - 1].To, person.ResidentIdNumber);
            foreach (var (x, (from, to)) in person.Periods.Zip(periods))
            {
                x.FromMonth.ShouldMatch(@"^\d{4}-(0[1-9]|1[0-2])$");
                (x.MonthsPaid + x.MonthsInArrears).ShouldBe(to - from + 1);
                x.MonthsPaid.ShouldBeGreaterThanOrEqualTo(0);
            }
        }
        People.Count(p => p.Periods.Count > 1).ShouldBeGreaterThan(100);
    }

    [Fact]
    public void No_employer_has_more_than_40_staff()
    {
        Employers.ShouldAllBe(e => e.Employees.Count <= 40);
        Employers.Count(e => e.Employees.Count == 0 || e.Employees.Count > 10).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void About_8_percent_of_companies_are_in_arrears_and_every_one_in_liquidation_is()
    {
        var inArrears = Employers.Where(e => e.TotalArrearsFen > 0).Select(e => e.CreditCode).ToHashSet();
        var companies = Registry.Default.LegalPersons;

        inArrears.Count.ShouldBeInRange(companies.Count * 6 / 100, companies.Count * 10 / 100);
        companies.Where(c => c.Status == RegistrationStatus.InLiquidation).ShouldAllBe(c => inArrears.Contains(c.CreditCode));
    }

    [Fact]
    public void Arrears_are_months_times_base_times_the_employer_rate_and_add_up_to_the_total()
    {
        foreach (var employer in Employers)
        {
            foreach (var employee in employer.Employees)
            {
                employee.ArrearsFen.ShouldBe(
                    employee.MonthsInArrears * employee.MonthlyBaseFen * SandboxRegistry.EmployerContributionRateBasisPoints / 10_000);
                (employee.MonthlyBaseFen * SandboxRegistry.EmployerContributionRateBasisPoints % 10_000).ShouldBe(0, "bases are whole hundreds of yuan");
            }
            employer.TotalArrearsFen.ShouldBe(employer.Employees.Sum(e => e.ArrearsFen));
        }
    }

    [Fact]
    public void Insured_persons_started_at_18_and_those_employed_now_are_of_working_age()
    {
        var births = Registry.Default.NaturalPersons.ToDictionary(p => p.ResidentIdNumber, p => DateOnly.ParseExact(p.BirthDate, "yyyy-MM-dd"));
        var asOf = new DateOnly(2026, 11, 1);

        foreach (var person in People)
        {
            var birth = births[person.ResidentIdNumber];
            var adult = birth.AddYears(18);
            foreach (var period in person.Periods)
            {
                Registry.MonthIndex(period.FromMonth).ShouldBeGreaterThanOrEqualTo((adult.Year * 12) + adult.Month - 1);
                period.MonthlyBaseFen.ShouldBeInRange(180_000, 2_400_000);
            }
            if (person.Periods.Any(p => p.ToMonth.Length == 0)) birth.ShouldBeInRange(asOf.AddYears(-60), asOf.AddYears(-18));
        }
    }
}
