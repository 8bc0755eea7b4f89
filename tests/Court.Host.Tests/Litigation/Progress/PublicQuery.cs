using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Court.Host.Litigation.Progress;
using Court.Host.Tests.Infrastructure;
using Court.Seeds.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Litigation.Progress;

/// <summary>GET /api/public/progress: case number plus query code, anonymous, only what may be public.</summary>
[Trait("Category", "Persistence")]
public sealed class PublicQuery(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task The_public_query_shows_the_court_type_cause_and_nodes_but_no_natural_persons_name_or_party_detail()
    {
        var (number, code) = await DemoCaseOneAsync();
        await app.RecordAsync(DemoCatalogue.Cases[0].Id, ProgressNodeKind.Accepted, "已立案。", "陈明：请于七日内交纳案件受理费。");
        using var anonymous = app.CreateAnonymousClient();

        using var response = await anonymous.GetAsync(PublicPath(number, code));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var json = await response.Content.ReadAsStringAsync();
        json.ShouldNotContain("陈明");
        json.ShouldNotContain("七日内");
        json.ShouldNotContain("partyDetail");
        var body = JsonDocument.Parse(json).RootElement;
        body.GetProperty("courtName").GetString().ShouldNotBeNullOrWhiteSpace();
        body.GetProperty("caseType").GetString().ShouldNotBeNullOrWhiteSpace();
        body.GetProperty("causeOfAction").GetString().ShouldBe("民间借贷纠纷");
        body.GetProperty("filedOn").GetString().ShouldNotBeNullOrWhiteSpace();
        var node = body.GetProperty("nodes").EnumerateArray().Last();
        node.GetProperty("kind").GetString().ShouldBe("Accepted");
        node.GetProperty("publicNote").GetString().ShouldBe($"{body.GetProperty("courtName").GetString()}已立案，案号{number}。");
    }

    [Fact]
    public async Task The_code_may_be_typed_in_lower_case_with_its_hyphen_and_the_number_with_ascii_parentheses()
    {
        var (number, code) = await DemoCaseOneAsync();
        using var anonymous = app.CreateAnonymousClient();
        var typed = $"{code[..4].ToLowerInvariant()}-{code[4..]}";

        using var response = await anonymous.GetAsync(PublicPath(number.Replace('（', '(').Replace('）', ')'), typed));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_wrong_code_and_an_unknown_case_get_the_same_404()
    {
        var (number, code) = await DemoCaseOneAsync();
        var wrong = code[..7] + (code[7] == 'A' ? 'B' : 'A');
        using var anonymous = app.CreateAnonymousClient();

        using var wrongCode = await anonymous.GetAsync(PublicPath(number, wrong));
        using var unknownCase = await anonymous.GetAsync(PublicPath("（2026）闽0203民初98765号", code));

        wrongCode.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknownCase.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var (a, b) = (await wrongCode.ProblemAsync(), await unknownCase.ProblemAsync());
        foreach (var field in new[] { "type", "title", "status", "detail" })
            a.GetProperty(field).GetRawText().ShouldBe(b.GetProperty(field).GetRawText(), field);
        a.GetProperty("detail").GetString()!.ShouldContain("查询码");
    }

    [Fact]
    public async Task A_missing_or_malformed_code_is_a_400_that_says_what_to_fix()
    {
        var (number, _) = await DemoCaseOneAsync();
        using var anonymous = app.CreateAnonymousClient();

        using var missing = await anonymous.GetAsync($"/api/public/progress?caseNumber={Uri.EscapeDataString(number)}");
        using var malformed = await anonymous.GetAsync(PublicPath(number, "0O1IL"));

        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.ProblemAsync()).GetProperty("errors").GetProperty("queryCode")[0].GetString().ShouldBe("请填写查询码。");
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Every_registered_case_has_a_code_of_eight_unambiguous_characters()
    {
        var civil = await app.RegisterCivilCaseAsync();

        civil.QueryCode.Length.ShouldBe(8);
        civil.QueryCode.ShouldAllBe(c => "23456789ABCDEFGHJKMNPQRSTUVWXYZ".Contains(c));
    }

    internal static string PublicPath(string number, string code) =>
        $"/api/public/progress?caseNumber={Uri.EscapeDataString(number)}&queryCode={Uri.EscapeDataString(code)}";

    private async Task<(string Number, string Code)> DemoCaseOneAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Court.Host.Persistence.CourtDb>();
        var c = await db.Cases.SingleAsync(c => c.Id == DemoCatalogue.Cases[0].Id);
        return (c.Number, c.QueryCode);
    }
}

/// <summary>Each client address has a budget of public queries; past it, 429 in Chinese.</summary>
public sealed class PublicQueryRateLimiting : IAsyncLifetime
{
    private readonly CourtAppFactory _app = new();

    public Task InitializeAsync()
    {
        _app.ExtraSettings["Court:Progress:PublicQuery:PermitLimit"] = "3";
        _app.ExtraSettings["Court:Progress:PublicQuery:WindowSeconds"] = "600";
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_fourth_query_within_the_window_is_answered_429_with_a_chinese_problem()
    {
        using var anonymous = _app.CreateAnonymousClient();
        var path = PublicQuery.PublicPath("（2026）闽0203民初1号", "ABCDEFGH");

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await anonymous.GetAsync(path);
            allowed.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        using var refused = await anonymous.GetAsync(path);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("type").GetString().ShouldBe("/problems/too-many-requests");
        problem.GetProperty("detail").GetString()!.ShouldContain("查询过于频繁");
    }
}
