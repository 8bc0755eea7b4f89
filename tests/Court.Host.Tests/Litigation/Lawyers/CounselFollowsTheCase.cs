using System.Net;
using System.Net.Http.Json;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Support;

namespace Court.Host.Tests.Litigation.Lawyers;

public sealed class CounselFollowsTheCase(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task A_lawyer_files_for_a_client_and_follows_the_case_with_a_token_while_another_lawyer_is_refused()
    {
        using var lawyer = await app.ClientForAsync("lawyer");
        using var client = await app.ClientForAsync("litigant");
        using var clerk = await app.ClientForAsync("clerk");
        using var otherLawyer = await app.ClientForAsync("lawyer2");
        var journey = await new FilingJourney(app, lawyer).DraftAsync(new
        {
            kind = "private-lending", client = new { name = "陈明", identifierNumber = FilingClient.LitigantId },
        });
        await journey.SubmittedAsync();
        await journey.PayAsync();

        using (var tooEarly = await clerk.PostAsJsonAsync($"/api/filing-review/{journey.Id}/acceptance", new { }))
        {
            tooEarly.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await tooEarly.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("授权委托");
        }
        var grant = (await (await client.GetAsync("/api/powers-of-attorney")).JsonAsync()).EnumerateArray()
            .Single(g => g.GetProperty("filingId").GetString() == journey.Id.ToString());
        (await client.PostAsJsonAsync($"/api/powers-of-attorney/{grant.GetProperty("id").GetString()}/decision", new { accept = true })).EnsureSuccessStatusCode();
        var accepted = await FilingJourney.ReviewAsync(clerk, journey.Id, "acceptance");
        var progressPath = $"/api/cases/{Uri.EscapeDataString(accepted.GetProperty("caseNumber").GetString()!)}/progress";

        using var followed = await lawyer.GetAsync(progressPath);
        using var refused = await otherLawyer.GetAsync(progressPath);

        followed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await followed.JsonAsync()).GetProperty("nodes").EnumerateArray().ShouldContain(n => n.GetProperty("kind").GetString() == "Accepted");
        // Not on the case: answered as a number no case has, so numbers cannot be probed (ADR 0013).
        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync(progressPath)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
