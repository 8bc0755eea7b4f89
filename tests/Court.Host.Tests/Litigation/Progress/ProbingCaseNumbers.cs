using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Court.Host.Tests.Infrastructure;
using static Court.Host.Tests.Litigation.Progress.ProgressScenario;

namespace Court.Host.Tests.Litigation.Progress;

/// <summary>Issue 11 finding 9: each signed-in caller has a budget of case progress queries, so the register cannot be walked.</summary>
public sealed class ProbingCaseNumbers : IAsyncLifetime
{
    private readonly CourtAppFactory _app = new();

    public Task InitializeAsync()
    {
        _app.ExtraSettings["Court:Progress:CaseQuery:PermitLimit"] = "3";
        _app.ExtraSettings["Court:Progress:CaseQuery:WindowSeconds"] = "600";
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_fourth_number_tried_within_the_window_is_answered_429_in_chinese_and_other_users_are_not_held_up()
    {
        using var lawyer = await _app.ClientForAsync("lawyer");
        using var litigant = await _app.ClientForAsync("litigant");

        for (var sequence = 1; sequence <= 3; sequence++)
        {
            using var tried = await lawyer.GetAsync(ProgressPath($"（2026）闽0206民初{sequence}号"));
            tried.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        using var refused = await lawyer.GetAsync(ProgressPath("（2026）闽0206民初4号"));
        using var someoneElse = await litigant.GetAsync(ProgressPath("（2026）闽0206民初4号"));

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("type").GetString().ShouldBe("/problems/too-many-requests");
        problem.GetProperty("detail").GetString()!.ShouldContain("查询过于频繁");
        someoneElse.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
