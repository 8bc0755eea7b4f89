using System.Net;
using System.Net.Http.Json;
using Court.Host.Litigation.Filings;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Jobs;
using Court.Host.Tests.Litigation.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Court.Host.Tests.Litigation.Filings;

/// <summary>A host with small lookup budgets and no padding, so the limits show within a few requests.</summary>
public sealed class SmallLookupBudgetsApp : CourtAppFactory
{
    public SmallLookupBudgetsApp()
    {
        ExtraSettings["Court:Filing:PartyLookups:PerUserPerMinute"] = "4";
        ExtraSettings["Court:Filing:PartyLookups:PerFilingPerHour"] = "6";
        ExtraSettings["Court:Filing:PartyLookups:MinimumMilliseconds"] = "0";
    }
}

/// <summary>
/// Issue 11 finding 3: the party lookup answered whether a name matches an ID number ten times in half a second. Now it is
/// limited per user and per filing, every lookup (refused ones too) is on the data subject's log, and no answer comes faster.
/// </summary>
[Trait("Category", "Persistence")]
public sealed class LookingUpAParty(SmallLookupBudgetsApp app) : IClassFixture<SmallLookupBudgetsApp>
{
    [Fact]
    public async Task The_fifth_lookup_in_a_minute_by_one_user_is_a_chinese_429_with_retry_after_even_on_another_filing()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var (first, _, _) = await litigant.StartFilingAsync();
        var (second, _, _) = await litigant.StartFilingAsync();
        for (var i = 0; i < 4; i++)
            (await LookUpAsync(litigant, first, FilingClient.BorrowerName + i)).EnsureSuccessStatusCode();

        using var refused = await LookUpAsync(litigant, second, FilingClient.BorrowerName);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        var problem = await refused.JsonAsync();
        problem.GetProperty("type").GetString().ShouldBe("/problems/too-many-requests");
        problem.GetProperty("detail").GetString()!.ShouldContain("核验过于频繁");
    }

    [Fact]
    public async Task A_filing_takes_only_so_many_lookups_whoever_asks()
    {
        using var lawyer = await app.ClientForAsync("lawyer");
        using var clerk = await app.ClientForAsync("clerk");
        var (filingId, _, _) = await lawyer.StartFilingAsync(new { client = new { name = "陈明", identifierNumber = FilingClient.LitigantId } });
        for (var i = 0; i < 4; i++)
            (await LookUpAsync(lawyer, filingId, "某" + i)).EnsureSuccessStatusCode();
        for (var i = 0; i < 2; i++)
            (await LookUpAsync(clerk, filingId, "某某" + i)).StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);

        using var refused = await LookUpAsync(clerk, filingId, "某某某");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Every_lookup_of_a_person_and_every_refused_one_is_on_that_persons_data_access_log()
    {
        using var lawyer = await app.ClientForAsync("lawyer2");
        using var subject = await app.ClientForAsync("litigant");
        var (filingId, reference, _) = await lawyer.StartFilingAsync(new { client = new { name = "陈明", identifierNumber = FilingClient.LitigantId } });
        for (var i = 0; i < 5; i++)
            await LookUpAsync(lawyer, filingId, "陈" + i, FilingClient.LitigantId);

        var log = await (await subject.GetAsync("/api/me/data-access-log")).JsonAsync();

        var entries = log.EnumerateArray().Where(e => e.GetProperty("caseNumber").GetString() == reference).ToList();
        entries.Count.ShouldBe(5);
        entries.ShouldAllBe(e => e.GetProperty("purpose").GetString() == "立案核验");
        entries.Count(e => e.GetProperty("outcome").GetString() == "已拒绝（查询过于频繁）").ShouldBe(1);
    }

    private static Task<HttpResponseMessage> LookUpAsync(HttpClient client, Guid filingId, string name, string? identifier = null) =>
        client.PostAsJsonAsync($"/api/filings/{filingId}/party-lookups", new { identifierNumber = identifier ?? FilingClient.BorrowerId, name });
}

/// <summary>A mismatch must not come back sooner than a match: every answer waits out one minimum duration on the injected clock.</summary>
[Trait("Category", "Persistence")]
public sealed class PacingLookupAnswers : IAsyncLifetime
{
    private static readonly TimeSpan Minimum = TimeSpan.FromMilliseconds(new PartyLookupOptions().MinimumMilliseconds);
    private readonly PacedApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_match_and_a_mismatch_each_wait_for_the_same_minimum_duration()
    {
        using var litigant = await _app.ClientForAsync("litigant");
        var (filingId, _, _) = await litigant.StartFilingAsync();

        foreach (var (name, matches) in new[] { (FilingClient.BorrowerName, true), ("苏文", false) })
        {
            var answer = litigant.PostAsJsonAsync($"/api/filings/{filingId}/party-lookups", new { identifierNumber = FilingClient.BorrowerId, name });
            await Eventually.HoldsAsync("the answer is held", () => Task.FromResult(_app.PacingClock.PendingDelays.Count == 1));

            _app.PacingClock.PendingDelays.Single().ShouldBe(Minimum);
            answer.IsCompleted.ShouldBeFalse();
            _app.PacingClock.Advance(Minimum);
            using var response = await answer;
            (await response.JsonAsync()).GetProperty("identityMatches").GetBoolean().ShouldBe(matches);
        }
    }

    private sealed class PacedApp : CourtAppFactory
    {
        public ManualClock PacingClock { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton(sp => new PartyLookupLimits(sp.GetRequiredService<IOptions<PartyLookupOptions>>(), PacingClock)));
        }
    }
}
