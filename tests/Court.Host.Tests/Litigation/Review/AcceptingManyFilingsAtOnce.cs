using System.Net;
using System.Net.Http.Json;
using Court.Host.Litigation.Filings;
using Court.Host.Persistence;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Litigation.Review;

/// <summary>
/// Acceptance takes the case number (立案): many clerks' acceptances at once must each get their own number, with none
/// skipped or repeated, on SQLite and on PostgreSQL. Not a speed test: benchmarks/Court.Benchmarks filing-concurrency is.
/// </summary>
[Trait("Category", "Persistence")]
public sealed class AcceptingManyFilingsAtOnce
{
    private const int Filings = 40;

    [Fact]
    public async Task Forty_acceptances_at_once_each_make_one_case_numbered_without_gaps_or_repeats()
    {
        await using var app = new CourtAppFactory();
        using var litigant = await app.ClientForAsync("litigant");
        var journeys = new FilingJourney[Filings];
        await Parallel.ForAsync(0, Filings, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            journeys[i] = await new FilingJourney(app, litigant).DraftAsync();
            await journeys[i].SubmittedAsync();
            await journeys[i].PayAsync();
        });
        var clerks = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.ClientForAsync("clerk")));

        var answers = await Task.WhenAll(journeys.Select((journey, i) =>
            clerks[i % clerks.Length].PostAsJsonAsync($"/api/filing-review/{journey.Id}/acceptance", new { })));

        foreach (var answer in answers) answer.StatusCode.ShouldBe(HttpStatusCode.OK, await answer.Content.ReadAsStringAsync());
        var numbers = new List<string>();
        foreach (var answer in answers) numbers.Add((await answer.JsonAsync()).GetProperty("caseNumber").GetString()!);
        numbers.Distinct().Count().ShouldBe(Filings);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        var ids = journeys.Select(j => j.Id).ToList();
        var filings = await db.OnlineFilings.AsNoTracking().Where(f => ids.Contains(f.Id)).ToListAsync();
        filings.ShouldAllBe(f => f.Status == FilingStatus.Accepted && f.CaseId != null);
        var caseIds = filings.Select(f => f.CaseId!.Value).ToList();
        caseIds.Distinct().Count().ShouldBe(Filings);
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToListAsync();
        cases.Select(c => c.Number).Order().ShouldBe(numbers.Order());
        var year = cases[0].Year;
        // Every 民初 case of the court this year, the demo data's included: 1..N, each once.
        var sequences = await db.Cases.AsNoTracking().Where(c => c.CourtCode == "闽0203" && c.TypeCode == "民初" && c.Year == year)
            .Select(c => c.Sequence).ToListAsync();
        sequences.Order().ShouldBe(Enumerable.Range(1, sequences.Count));
        sequences.Count.ShouldBeGreaterThanOrEqualTo(Filings);
    }
}
