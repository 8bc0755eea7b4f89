using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Support;

namespace Court.Host.Tests.Litigation.Filings;

public sealed class NamingTheParties(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task A_legal_person_is_filled_in_from_the_registry()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var (id, _, version) = await litigant.StartFilingAsync();
        (await litigant.PutAsJsonAsync($"/api/filings/{id}/parties", new
        {
            version,
            parties = new[] { FilingClient.Party("plaintiff", "陈明", FilingClient.LitigantId), FilingClient.Party("defendant", "待核验", FilingClient.HotelCode) },
        })).EnsureSuccessStatusCode();

        using var lookup = await litigant.PostAsJsonAsync($"/api/filings/{id}/party-lookups", new { identifierNumber = FilingClient.HotelCode });

        lookup.StatusCode.ShouldBe(HttpStatusCode.OK);
        var found = await lookup.JsonAsync();
        found.GetProperty("name").GetString().ShouldBe(FilingClient.HotelName);
        found.GetProperty("representative").GetString().ShouldNotBeNullOrEmpty();
        found.GetProperty("address").GetString().ShouldNotBeNullOrEmpty();
        var defendant = (await litigant.FilingAsync(id)).GetProperty("parties")[1];
        defendant.GetProperty("name").GetString().ShouldBe(FilingClient.HotelName);
        defendant.GetProperty("verification").GetString().ShouldBe("RegistryFilled");
    }

    [Theory]
    [InlineData(FilingClient.BorrowerName, true)]
    [InlineData("苏文", false)]
    public async Task A_natural_person_is_only_confirmed_or_not(string name, bool matches)
    {
        using var litigant = await app.ClientForAsync("litigant");
        var (id, _, _) = await litigant.StartFilingAsync();

        using var lookup = await litigant.PostAsJsonAsync($"/api/filings/{id}/party-lookups", new { identifierNumber = FilingClient.BorrowerId, name });

        lookup.StatusCode.ShouldBe(HttpStatusCode.OK);
        var found = await lookup.JsonAsync();
        found.GetProperty("identityMatches").GetBoolean().ShouldBe(matches);
        found.GetProperty("address").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        found.GetProperty("identifier").GetString()!.ShouldContain("********");
    }

    [Fact]
    public async Task Every_lookup_is_in_the_audit_log_with_the_filing_reference_and_purpose()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var (id, reference, _) = await litigant.StartFilingAsync();

        (await litigant.PostAsJsonAsync($"/api/filings/{id}/party-lookups", new { identifierNumber = FilingClient.HotelCode })).EnsureSuccessStatusCode();

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Court.Host.Persistence.CourtDb>();
        var entries = db.AuditEntries.Where(a => a.CaseNumber == reference).ToList();
        entries.ShouldContain(a => a.Purpose == "立案核验");
    }

    [Theory]
    [InlineData("350203197903081730", "校验码")]
    [InlineData("35020319790308173", "18位")]
    [InlineData("91350206MA2Y00089X", "统一社会信用代码")]
    public async Task An_invalid_identifier_is_refused_in_chinese_and_nothing_is_saved(string identifier, string expected)
    {
        using var litigant = await app.ClientForAsync("litigant");
        var (id, _, version) = await litigant.StartFilingAsync();

        using var response = await litigant.PutAsJsonAsync($"/api/filings/{id}/parties", new
        {
            version, parties = new[] { FilingClient.Party("defendant", "某某", identifier) },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("errors").ToString().ShouldContain(expected);
        var filing = await litigant.FilingAsync(id);
        filing.GetProperty("parties").GetArrayLength().ShouldBe(1);
        filing.GetProperty("version").GetInt32().ShouldBe(version);
    }

    [Fact]
    public async Task The_same_party_twice_is_refused()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var (id, _, version) = await litigant.StartFilingAsync();

        using var response = await litigant.PutAsJsonAsync($"/api/filings/{id}/parties", new
        {
            version,
            parties = new[] { FilingClient.Party("defendant", FilingClient.HotelName, FilingClient.HotelCode), FilingClient.Party("defendant", FilingClient.HotelName, FilingClient.HotelCode) },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("errors").ToString().ShouldContain("重复");
    }
}
