using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Court.Host.Litigation.Progress;
using Court.Host.Tests.Infrastructure;
using Court.Seeds.Demo;
using static Court.Host.Tests.Litigation.Progress.ProgressScenario;

namespace Court.Host.Tests.Litigation.Progress;

/// <summary>The parties, counsel and court staff follow a case through GET /api/cases/{caseNumber}/progress with a bearer token.</summary>
[Trait("Category", "Persistence")]
public sealed class FollowingACase(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task Nodes_are_listed_in_the_order_they_were_recorded_with_their_party_details()
    {
        var civil = await app.RegisterCivilCaseAsync();
        await app.RecordAsync(civil.Id, ProgressNodeKind.Accepted, "已立案。", "请于七日内交纳案件受理费。");
        await app.RecordAsync(civil.Id, ProgressNodeKind.FeePaid, "案件受理费已交纳。");
        await app.RecordAsync(civil.Id, ProgressNodeKind.Assigned, "案件已分配承办法官。");
        using var litigant = await app.ClientForAsync("litigant");

        var progress = await litigant.GetFromJsonAsync<JsonElement>(ProgressPath(civil.Number));

        progress.GetProperty("caseNumber").GetString().ShouldBe(civil.Number);
        progress.GetProperty("courtName").GetString().ShouldNotBeNullOrWhiteSpace();
        progress.GetProperty("causeOfAction").GetString().ShouldBe("民间借贷纠纷");
        var nodes = progress.GetProperty("nodes").EnumerateArray().ToList();
        nodes.Select(n => n.GetProperty("kind").GetString()).ShouldBe(["Accepted", "FeePaid", "Assigned"]);
        nodes.Select(n => n.GetProperty("kindName").GetString()).ShouldBe(["已立案", "已交费", "已分案"]);
        nodes[0].GetProperty("partyDetail").GetString().ShouldBe("请于七日内交纳案件受理费。");
        nodes[1].GetProperty("partyDetail").ValueKind.ShouldBe(JsonValueKind.Null);
        var times = nodes.Select(n => n.GetProperty("at").GetDateTime()).ToList();
        times.ShouldBeInOrder();
        times.ShouldAllBe(t => t.Kind == DateTimeKind.Utc);
    }

    [Fact]
    public async Task Counsel_and_court_staff_of_the_case_see_it_too()
    {
        var civil = await app.RegisterCivilCaseAsync();
        await app.RecordAsync(civil.Id, ProgressNodeKind.Accepted, "已立案。", "仅当事人可见的说明");

        foreach (var userName in new[] { "lawyer", "clerk", "judge", "assistant" })
        {
            using var client = await app.ClientForAsync(userName);
            var progress = await client.GetFromJsonAsync<JsonElement>(ProgressPath(civil.Number));
            progress.GetProperty("nodes")[0].GetProperty("partyDetail").GetString().ShouldBe("仅当事人可见的说明", userName);
        }
    }

    [Fact]
    public async Task The_case_number_may_be_typed_with_ascii_parentheses()
    {
        var civil = await app.RegisterCivilCaseAsync();
        using var litigant = await app.ClientForAsync("litigant");
        var ascii = civil.Number.Replace('（', '(').Replace('）', ')');

        var progress = await litigant.GetFromJsonAsync<JsonElement>(ProgressPath(ascii));

        progress.GetProperty("caseId").GetGuid().ShouldBe(civil.Id);
        progress.GetProperty("caseNumber").GetString().ShouldBe(civil.Number);
    }

    [Fact]
    public async Task A_lawyer_who_is_not_counsel_in_the_case_is_told_the_same_as_for_a_number_no_case_has()
    {
        var otherLawyer = await app.CreateOtherLawyerAsync();
        using var client = await app.ClientForAsync(otherLawyer);
        using var demoLawyer = await app.ClientForAsync("lawyer");

        using var notOnCase = await client.GetAsync(ProgressPath(DemoCaseNumber(0)));
        using var notHisCase = await demoLawyer.GetAsync(ProgressPath(DemoCaseNumber(1)));
        using var noSuchCase = await client.GetAsync(ProgressPath("（2026）闽0203民初99999号"));

        foreach (var response in new[] { notOnCase, notHisCase, noSuchCase })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        }
        var problems = new List<JsonElement>();
        foreach (var response in new[] { notOnCase, notHisCase, noSuchCase }) problems.Add(await response.ProblemAsync());
        // Everything but the request's own path and trace id.
        problems.Select(body => string.Join("|", body.EnumerateObject().Where(p => p.Name is not ("traceId" or "instance")).Select(p => $"{p.Name}={p.Value}")))
            .Distinct().Count().ShouldBe(1, "an existing case and a missing one must not be told apart by the body");
        var problem = problems[0];
        problem.GetProperty("type").GetString().ShouldBe("/problems/not-found");
        problem.GetProperty("detail").GetString()!.ShouldContain("查询码");
    }

    [Fact]
    public async Task The_court_admin_keeps_the_register_but_is_not_on_the_case()
    {
        using var admin = await app.ClientForAsync("admin");

        using var response = await admin.GetAsync(ProgressPath(DemoCaseNumber(0)));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_malformed_case_number_is_400_in_chinese()
    {
        using var litigant = await app.ClientForAsync("litigant");

        using var malformed = await litigant.GetAsync(ProgressPath("2026-民初-1"));
        using var unknownCourt = await litigant.GetAsync(ProgressPath("（2026）京9999民初1号"));

        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await malformed.ProblemAsync()).GetProperty("detail").GetString()!.ShouldContain("案号格式不正确");
        unknownCourt.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Without_a_token_the_caller_is_asked_to_sign_in()
    {
        using var anonymous = app.CreateAnonymousClient();

        using var response = await anonymous.GetAsync(ProgressPath(DemoCaseNumber(0)));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private string DemoCaseNumber(int index) => app.CaseNumberOfAsync(DemoCatalogue.Cases[index].Id).GetAwaiter().GetResult();
}
