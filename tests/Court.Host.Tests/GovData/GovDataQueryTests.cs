using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Court.GovData.Bridge.V1;
using Court.GovDataBridge.Hosting;
using Grpc.Core;
using Grpc.Net.Client;
using Court.Host.Persistence;
using Court.Host.Tests.Infrastructure;
using GovData.Platform.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Court.Seeds.Demo;

namespace Court.Host.Tests.GovData;

/// <summary>Officers query government data for their cases through the bridge; parties see who looked at their data.</summary>
[Trait("Category", "Persistence")]
public sealed class GovDataQueryTests : IAsyncLifetime
{
    private static readonly Guid EnforcementCase = DemoCatalogue.Cases[2].Id;
    private static readonly Guid BankruptcyCase = DemoCatalogue.Cases[3].Id;
    private readonly CourtAppFactory _app = new();

    private static DemoParty Respondent => DemoCatalogue.Parties.First(p => p.CaseId == EnforcementCase && p.Side == "Respondent" && p.Kind == "NaturalPerson");
    private static DemoParty Debtor => DemoCatalogue.Parties.First(p => p.CaseId == BankruptcyCase && p.Side == "Debtor");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_enforcement_officer_gets_the_respondents_assets_with_a_dated_hashed_snapshot()
    {
        using var officer = await _app.ClientForAsync("enforcement");

        var response = await officer.PostAsJsonAsync($"/api/cases/{EnforcementCase}/gov-data/queries",
            new { purpose = "enforcement-investigation", kind = "assets", identifier = Respondent.IdentifierNumber });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        reply.RootElement.GetProperty("holdings").GetProperty("assets").GetArrayLength().ShouldBeGreaterThan(0);
        var sha = reply.RootElement.GetProperty("snapshot").GetProperty("sha256").GetString();
        sha.ShouldNotBeNullOrEmpty();

        var snapshots = await officer.GetFromJsonAsync<JsonElement>($"/api/cases/{EnforcementCase}/gov-data/snapshots");
        var listed = snapshots.EnumerateArray().Single(s => s.GetProperty("sha256").GetString() == sha);

        var stored = await officer.GetFromJsonAsync<JsonElement>($"/api/cases/{EnforcementCase}/gov-data/snapshots/{listed.GetProperty("id").GetString()}");
        stored.GetProperty("sha256").GetString().ShouldBe(sha);
        await using var scope = _app.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<CourtDb>().AuditEntries;
        (await audit.CountAsync(e => e.Action == "govdata.view-snapshot" && e.Target == Respondent.IdentifierNumber && e.ResultHash == sha)).ShouldBe(1);
    }

    [Fact]
    public async Task An_unknown_asset_category_is_refused_before_anything_is_asked()
    {
        using var officer = await _app.ClientForAsync("enforcement");

        var response = await officer.PostAsJsonAsync($"/api/cases/{EnforcementCase}/gov-data/queries",
            new { purpose = "enforcement-investigation", kind = "assets", identifier = Respondent.IdentifierNumber, assetCategories = new[] { "bank-deposit", "yacht" } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("yacht");
        await using var scope = _app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<CourtDb>().AuditEntries.CountAsync(e => e.Action.StartsWith("govdata."))).ShouldBe(0);
    }

    [Fact]
    public async Task The_applicant_cannot_query_the_respondents_assets()
    {
        using var litigant = await _app.ClientForAsync("litigant");

        var response = await litigant.PostAsJsonAsync($"/api/cases/{EnforcementCase}/gov-data/queries",
            new { purpose = "enforcement-investigation", kind = "assets", identifier = Respondent.IdentifierNumber });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).ShouldContain("不能");
    }

    [Fact]
    public async Task An_enforcement_purpose_cannot_reach_social_security()
    {
        using var officer = await _app.ClientForAsync("enforcement");

        var response = await officer.PostAsJsonAsync($"/api/cases/{EnforcementCase}/gov-data/queries",
            new { purpose = "enforcement-investigation", kind = "social-security", identifier = Respondent.IdentifierNumber });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("91350203MA2Y00021X", HttpStatusCode.BadRequest, "校验")]
    [InlineData("350203197903081731", HttpStatusCode.BadRequest, "校验")]
    public async Task A_malformed_identifier_is_refused_with_a_chinese_explanation(string identifier, HttpStatusCode expected, string hint)
    {
        using var officer = await _app.ClientForAsync("enforcement");

        var response = await officer.PostAsJsonAsync($"/api/cases/{EnforcementCase}/gov-data/queries",
            new { purpose = "enforcement-investigation", kind = "subject", identifier });

        response.StatusCode.ShouldBe(expected);
        (await response.Content.ReadAsStringAsync()).ShouldContain(hint);
    }

    [Fact]
    public async Task A_valid_but_unregistered_identifier_is_not_found()
    {
        using var officer = await _app.ClientForAsync("enforcement");
        var unknown = Court.Kernel.Identifiers.ResidentIdNumber.Create("350203", new DateOnly(1961, 1, 1), 999).Value;

        var response = await officer.PostAsJsonAsync($"/api/cases/{EnforcementCase}/gov-data/queries",
            new { purpose = "enforcement-investigation", kind = "subject", identifier = unknown });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_debtor_sees_that_the_administrator_looked_at_its_employees_social_security()
    {
        using var administrator = await _app.ClientForAsync("administrator");
        var query = await administrator.PostAsJsonAsync($"/api/cases/{BankruptcyCase}/gov-data/queries",
            new { purpose = "bankruptcy-investigation", kind = "social-security", identifier = Debtor.IdentifierNumber });
        query.StatusCode.ShouldBe(HttpStatusCode.OK, await query.Content.ReadAsStringAsync());
        using (var reply = JsonDocument.Parse(await query.Content.ReadAsStringAsync()))
            reply.RootElement.GetProperty("employer").GetProperty("employees").GetArrayLength().ShouldBeGreaterThan(0);

        using var debtor = await _app.ClientForAsync("debtor");
        var log = await debtor.GetFromJsonAsync<JsonElement>("/api/me/data-access-log");

        var entry = log.EnumerateArray().ShouldHaveSingleItem();
        // Issue 12 point 11: the debtor reads who looked, not a user name.
        entry.GetProperty("queriedBy").GetString().ShouldBe("厦门鹭江清算事务所");
        entry.GetProperty("purpose").GetString().ShouldBe("破产调查");
        entry.GetProperty("query").GetString().ShouldBe("社保信息");
        entry.GetProperty("caseNumber").GetString()!.ShouldContain("破");

        var page = await debtor.GetStringAsync("/Portals/DataAccess");
        page.ShouldContain("我的信息被查询记录");
        page.ShouldContain("破产调查");
        page.ShouldContain("社保信息");
    }

    [Fact]
    public async Task A_null_asset_category_is_a_400_in_chinese_not_a_500()
    {
        using var officer = await _app.ClientForAsync("enforcement");

        using var response = await officer.PostAsJsonAsync($"/api/cases/{EnforcementCase}/gov-data/queries",
            new { purpose = "enforcement-investigation", kind = "assets", identifier = Respondent.IdentifierNumber, assetCategories = new string?[] { null } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("assetCategories")[0].GetString()!.ShouldContain("不认识的财产类别");
    }

    [Fact]
    public async Task A_bridge_call_without_a_grant_is_refused_unauthenticated_and_still_audited()
    {
        _app.CreateClient().Dispose();
        var endpoints = _app.Services.GetRequiredService<GovDataEndpoints>();
        using var channel = GrpcChannel.ForAddress(endpoints.Bridge!);
        var client = new Court.GovData.Bridge.V1.GovDataBridge.GovDataBridgeClient(channel);
        var request = new QuerySubjectRequest
        {
            Context = new RequestContext { CaseNumber = "（2026）闽0203执1号", Purpose = Purpose.EnforcementInvestigation, ActingUser = "someone" },
            Subject = new SubjectRef { ResidentIdNumber = Respondent.IdentifierNumber },
        };

        var refused = await Should.ThrowAsync<RpcException>(async () => await client.QuerySubjectAsync(request));

        refused.StatusCode.ShouldBe(StatusCode.Unauthenticated);
        refused.Status.Detail.ShouldContain("授权");
        await using var scope = _app.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<CourtDb>().AuditEntries;
        (await audit.CountAsync(e => e.Action == "govdata.query-subject" && e.Outcome == "Unauthenticated")).ShouldBe(1);
    }
}
