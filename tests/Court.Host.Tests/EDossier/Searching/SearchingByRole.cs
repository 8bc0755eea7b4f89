using System.Net;
using System.Net.Http.Json;
using Court.Host.Tests.Infrastructure;
using static Court.Host.Tests.EDossier.Support.DossierClient;

namespace Court.Host.Tests.EDossier.Searching;

/// <summary><c>GET /api/search</c> through the host: what each caller may see, and nothing more, on SQLite and PostgreSQL.</summary>
[Trait("Category", "Persistence")]
public sealed class SearchingByRole(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    // Only the demo deliberation record (副卷) says 评议结论.
    private const string InternalOnly = "评议结论";

    [Fact]
    public async Task A_word_only_in_the_internal_volume_is_found_by_the_judge_and_never_by_the_party_or_counsel()
    {
        using var judge = await app.ClientForAsync("judge");
        using var litigant = await app.ClientForAsync("litigant");
        using var lawyer = await app.ClientForAsync("lawyer");

        var bench = await SearchAsync(judge, InternalOnly);
        var party = await SearchAsync(litigant, InternalOnly);
        var counsel = await SearchAsync(lawyer, InternalOnly);

        bench.Pages.ShouldContain(p => p.Volume == "internal" && p.Title == "合议庭评议笔录");
        bench.Pages.Single().Snippet.Text.ShouldContain(InternalOnly);
        party.Total.ShouldBe(0);
        party.Pages.ShouldBeEmpty();
        counsel.Total.ShouldBe(0);
    }

    [Fact]
    public async Task Two_character_words_are_found_in_the_open_volume_by_everyone_on_the_case_with_the_word_highlighted()
    {
        using var litigant = await app.ClientForAsync("litigant");

        var answer = await SearchAsync(litigant, "借款");

        answer.Pages.ShouldNotBeEmpty();
        answer.Pages.ShouldAllBe(p => p.Volume == "open");
        var hit = answer.Pages[0];
        hit.Snippet.Highlights.ShouldNotBeEmpty();
        hit.Snippet.Text.Substring(hit.Snippet.Highlights[0].Start, hit.Snippet.Highlights[0].Length).ShouldBe("借款");
    }

    [Fact]
    public async Task The_case_register_is_searched_too_but_only_for_the_callers_own_cases()
    {
        using var lawyer = await app.ClientForAsync("lawyer");

        var loan = await SearchAsync(lawyer, "民间借贷");
        var sale = await SearchAsync(lawyer, "买卖合同");

        loan.Cases.ShouldContain(c => c.CaseId == Guid.Parse(LoanCase));
        sale.Cases.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_single_character_query_is_refused_in_chinese()
    {
        using var judge = await app.ClientForAsync("judge");

        using var response = await judge.GetAsync(new Uri("/api/search?q=借", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("至少");
    }

    private static async Task<Answer> SearchAsync(HttpClient client, string q) =>
        (await client.GetFromJsonAsync<Answer>($"/api/search?q={Uri.EscapeDataString(q)}"))!;

    private sealed record Answer(IReadOnlyList<CaseHit> Cases, IReadOnlyList<PageHit> Pages, int Total);

    private sealed record CaseHit(Guid CaseId, string CaseNumber);

    private sealed record PageHit(Guid CaseId, string Title, string Volume, int PageNumber, Snippet Snippet);

    private sealed record Snippet(string Text, IReadOnlyList<Range> Highlights);

    private sealed record Range(int Start, int Length);
}
