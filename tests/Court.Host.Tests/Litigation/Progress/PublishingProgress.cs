using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Court.Host.Litigation.Progress;
using Court.Host.Tests.Infrastructure;
using static Court.Host.Tests.Litigation.Progress.ProgressScenario;

namespace Court.Host.Tests.Litigation.Progress;

/// <summary>POST /api/cases/{caseId}/progress: court staff of the case publish the bench's nodes.</summary>
[Trait("Category", "Persistence")]
public sealed class PublishingProgress(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task The_judge_schedules_the_hearing_with_time_and_venue_and_the_parties_see_it()
    {
        var civil = await app.RegisterCivilCaseAsync();
        using var judge = await app.ClientForAsync("judge");
        var hearingAt = new DateTimeOffset(app.Clock.GetUtcNow().Year + 1, 3, 10, 1, 30, 0, TimeSpan.Zero);

        using var response = await judge.PostAsJsonAsync($"/api/cases/{civil.Id}/progress",
            new { kind = "HearingScheduled", hearingAt, venue = "第三法庭", partyDetail = "请携带证据原件。", idempotencyKey = "hearing-0001" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var node = await response.Content.ReadFromJsonAsync<JsonElement>();
        node.GetProperty("publicNote").GetString().ShouldBe($"定于{hearingAt.Year}年3月10日 09:30在第三法庭开庭。");
        using var litigant = await app.ClientForAsync("litigant");
        var progress = await litigant.GetFromJsonAsync<JsonElement>(ProgressPath(civil.Number));
        var seen = progress.GetProperty("nodes").EnumerateArray().ShouldHaveSingleItem();
        seen.GetProperty("kind").GetString().ShouldBe("HearingScheduled");
        seen.GetProperty("partyDetail").GetString().ShouldBe("请携带证据原件。");
        (await app.NotifiedOfAsync(node.GetProperty("id").GetGuid())).InPortal.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Publishing_twice_with_one_key_makes_one_node_and_another_node_under_that_key_is_409()
    {
        var civil = await app.RegisterCivilCaseAsync();
        using var assistant = await app.ClientForAsync("assistant");
        var path = $"/api/cases/{civil.Id}/progress";

        using var first = await assistant.PostAsJsonAsync(path, new { kind = "Assigned", idempotencyKey = "assign-0001" });
        using var second = await assistant.PostAsJsonAsync(path, new { kind = "Assigned", idempotencyKey = "assign-0001" });
        using var other = await assistant.PostAsJsonAsync(path, new { kind = "Judgment", idempotencyKey = "assign-0001" });

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()
            .ShouldBe((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        other.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await app.WithProgressAsync(p => p.ListForCaseAsync(civil.Id, CancellationToken.None))).Count.ShouldBe(1);
    }

    public static TheoryData<string, string, string> BadRequests() => new()
    {
        { """{"kind":"Closed","idempotencyKey":"k-00000001"}""", "kind", "进度节点只能是" },
        { """{"kind":"Nonsense","idempotencyKey":"k-00000002"}""", "kind", "进度节点只能是" },
        { """{"kind":"7","idempotencyKey":"k-00000003"}""", "kind", "进度节点只能是" },
        { """{"idempotencyKey":"k-00000004"}""", "kind", "请选择进度节点" },
        { """{"kind":"Assigned"}""", "idempotencyKey", "请提供幂等键" },
        { """{"kind":"HearingScheduled","venue":"第三法庭","idempotencyKey":"k-00000005"}""", "hearingAt", "请填写开庭时间" },
        { """{"kind":"HearingScheduled","hearingAt":"2020-01-01T01:00:00Z","venue":"第三法庭","idempotencyKey":"k-00000006"}""", "hearingAt", "开庭时间应晚于现在" },
        { """{"kind":"HearingScheduled","hearingAt":"2099-01-01T01:00:00Z","idempotencyKey":"k-00000007"}""", "venue", "请填写开庭地点" },
        { """{"kind":"Judgment","venue":"第三法庭","idempotencyKey":"k-00000008"}""", "hearingAt", "只有“已排期开庭”" },
        { """{"kind":"Assigned","publicNote":"由王审判法官承办","idempotencyKey":"k-00000009"}""", "publicNote", "不能出现自然人姓名" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_request_is_a_400_naming_the_field_in_chinese_and_records_nothing(string body, string field, string message)
    {
        var civil = await app.RegisterCivilCaseAsync();
        using var judge = await app.ClientForAsync("judge");

        using var response = await judge.PostAsync($"/api/cases/{civil.Id}/progress", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.GetProperty("type").GetString().ShouldBe("/problems/validation");
        problem.GetProperty("errors").GetProperty(field)[0].GetString()!.ShouldContain(message);
        (await app.WithProgressAsync(p => p.ListForCaseAsync(civil.Id, CancellationToken.None))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Parties_and_counsel_may_not_publish_and_an_unknown_case_is_404()
    {
        var civil = await app.RegisterCivilCaseAsync();
        var body = new { kind = "Judgment", idempotencyKey = "judgment-0001" };

        foreach (var userName in new[] { "litigant", "lawyer" })
        {
            using var client = await app.ClientForAsync(userName);
            using var refused = await client.PostAsJsonAsync($"/api/cases/{civil.Id}/progress", body);
            refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden, userName);
            (await refused.ProblemAsync()).GetProperty("detail").GetString()!.ShouldContain("只有本案的");
        }
        using var judge = await app.ClientForAsync("judge");
        using var unknown = await judge.PostAsJsonAsync($"/api/cases/{Guid.CreateVersion7()}/progress", body);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Closing_the_case_records_closed_once()
    {
        var civil = await app.RegisterCivilCaseAsync();
        using var judge = await app.ClientForAsync("judge");

        (await judge.PostAsync($"/api/cases/{civil.Id}/closing", null)).EnsureSuccessStatusCode().Dispose();
        (await judge.PostAsync($"/api/cases/{civil.Id}/closing", null)).EnsureSuccessStatusCode().Dispose();

        var nodes = await app.WithProgressAsync(p => p.ListForCaseAsync(civil.Id, CancellationToken.None));
        nodes.ShouldHaveSingleItem().Kind.ShouldBe(ProgressNodeKind.Closed);
    }
}
