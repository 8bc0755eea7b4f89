using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Court.Host.Tests.Infrastructure;
using static Court.Host.Tests.Litigation.Progress.ProgressScenario;

namespace Court.Host.Tests.Litigation.Progress;

/// <summary>
/// Issue 11 finding 8: the outside probe's notes — a party without an account, a name split by a space, its traditional
/// form and a zero-width space — were published on the public query. Public nodes are now sentences per kind.
/// </summary>
[Trait("Category", "Persistence")]
public sealed class PublicProgressCarriesNoFreeText(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    public static TheoryData<string> ProbeNotes() => new() { "苏文斌", "陈 明", "陳明", "陈\u200b明" };

    [Theory]
    [MemberData(nameof(ProbeNotes))]
    public async Task A_judges_note_naming_someone_reaches_the_parties_but_neither_the_public_api_nor_the_public_page(string name)
    {
        var civil = await app.RegisterCivilCaseAsync();
        using var judge = await app.ClientForAsync("judge");
        var note = $"{name}已提交答辩状。";

        using var published = await judge.PostAsJsonAsync($"/api/cases/{civil.Id}/progress",
            new { kind = "Judgment", publicNote = note, idempotencyKey = $"probe-{Guid.NewGuid():N}" });

        published.StatusCode.ShouldBe(HttpStatusCode.Created);
        using var anonymous = app.CreateAnonymousClient();
        var json = await anonymous.GetStringAsync(PublicQuery.PublicPath(civil.Number, civil.QueryCode));
        json.ShouldNotContain(name);
        json.ShouldNotContain("答辩状");
        var node = JsonDocument.Parse(json).RootElement.GetProperty("nodes").EnumerateArray().ShouldHaveSingleItem();
        node.GetProperty("publicNote").GetString().ShouldBe("本案已作出裁判。");
        var page = await app.QueryPublicPageAsync(civil.Number, civil.QueryCode);
        page.QuerySelector("[data-test=public-progress]")!.TextContent.ShouldNotContain(name);
        page.Body!.TextContent.ShouldNotContain("答辩状");

        using var litigant = await app.ClientForAsync("litigant");
        var timeline = await litigant.GetFromJsonAsync<JsonElement>(ProgressPath(civil.Number));
        timeline.GetProperty("nodes").EnumerateArray().ShouldHaveSingleItem().GetProperty("publicNote").GetString().ShouldBe(note);
    }
}
