using System.Net.Http.Json;
using System.Text.Json;
using Court.Host.Tests.Infrastructure;

namespace Court.Host.Tests.Features.Cases;

[Trait("Category", "Persistence")]
public sealed class ListCasesTests(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task A_lawyer_sees_only_the_cases_where_they_are_counsel()
    {
        var numbers = await CaseNumbersFor("lawyer");

        numbers.Count.ShouldBe(2);
        numbers.ShouldContain(n => n.Contains("闽0203民初"));
        numbers.ShouldContain(n => n.Contains("闽0203执"));
        numbers.ShouldNotContain(n => n.Contains("闽0206"));
    }

    [Fact]
    public async Task The_bankruptcy_parties_see_the_bankruptcy_case()
    {
        foreach (var party in new[] { "administrator", "creditor", "debtor", "investor", "bank", "liaison" })
            (await CaseNumbersFor(party)).ShouldBe([(await CaseNumbersFor("admin")).Single(n => n.Contains("闽02破"))], party);
    }

    [Fact]
    public async Task The_court_admin_sees_the_whole_register()
    {
        (await CaseNumbersFor("admin")).Count.ShouldBe(4);
    }

    [Fact]
    public async Task Each_case_says_its_type_status_and_the_callers_role_in_it()
    {
        using var litigant = await app.ClientForAsync("litigant");

        var cases = await litigant.GetFromJsonAsync<JsonElement>("/api/cases");

        var civil = cases.EnumerateArray().Single(c => c.GetProperty("typeCode").GetString() == "民初");
        civil.GetProperty("id").GetGuid().ShouldNotBe(Guid.Empty);
        civil.GetProperty("status").GetString().ShouldBe("Filed");
        civil.GetProperty("myRoles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["原告"]);
    }

    private async Task<List<string>> CaseNumbersFor(string userName)
    {
        using var client = await app.ClientForAsync(userName);
        var cases = await client.GetFromJsonAsync<JsonElement>("/api/cases");
        return cases.EnumerateArray().Select(c => c.GetProperty("caseNumber").GetString()!).ToList();
    }
}
