using System.Net;
using System.Net.Http.Json;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Support;

namespace Court.Host.Tests.Litigation.Filings;

/// <summary>Issue 11 finding 10: a lawyer naming a client without a name or an identifier is told what to add, never a 500.</summary>
public sealed class StartingForAnIncompleteClient(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    public static TheoryData<string, object> Clients => new()
    {
        { "client.identifierNumber", new { name = "陈明" } },
        { "client.name", new { identifierNumber = FilingClient.LitigantId } },
    };

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task Is_a_400_naming_the_missing_field_in_chinese(string missing, object client)
    {
        using var lawyer = await app.ClientForAsync("lawyer");

        using var response = await lawyer.PostAsJsonAsync("/api/filings", new { kind = "civil", client });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.JsonAsync();
        problem.GetProperty("type").GetString().ShouldBe("/problems/validation");
        problem.GetProperty("errors").GetProperty(missing)[0].GetString()!.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
    }
}
