using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Support;

namespace Court.Host.Tests.Litigation.Lawyers;

/// <summary>
/// Issue 12 point 10: the clerk's queue can also refuse a registration whose certificate does not match; the applicant is told why
/// and the account stays without the Lawyer role (ADR 0018).
/// </summary>
[Trait("Category", "Persistence")]
public sealed class RefusingALawyerRegistration(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    private const string Password = "Applicant-Pass-2026";

    [Fact]
    public async Task A_refused_applicant_is_told_the_reason_leaves_the_queue_and_gets_no_lawyer_role()
    {
        using var anonymous = app.CreateAnonymousClient();
        using var registered = await anonymous.RegisterLawyerAsync("applicant.refused", Password, app.Resident(40), "13502201810444444");
        var userId = (await registered.JsonAsync()).GetProperty("userId").GetGuid();
        using var clerk = await app.ClientForAsync("clerk");

        using var refused = await clerk.PostAsJsonAsync($"/api/lawyers/registrations/{userId}/refusal", new { reason = "执业证原件上的执业机构与注册填写的不一致" });

        refused.StatusCode.ShouldBe(HttpStatusCode.OK, await refused.Content.ReadAsStringAsync());
        (await refused.JsonAsync()).GetProperty("status").GetString().ShouldBe("refused");
        (await clerk.GetStringAsync("/api/lawyers/registrations?status=pending")).ShouldNotContain(userId.ToString());
        using var applicant = await app.ClientForAsync("applicant.refused", Password);
        var inbox = await applicant.GetFromJsonAsync<JsonElement>("/api/me/notifications");
        inbox.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("body").GetString()).ShouldContain(b => b!.Contains("执业机构与注册填写的不一致"));
        var me = await applicant.GetFromJsonAsync<JsonElement>("/api/me");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ShouldNotContain("Lawyer");
    }

    [Fact]
    public async Task A_refusal_without_a_reason_is_a_chinese_400_and_only_a_clerk_may_refuse()
    {
        using var anonymous = app.CreateAnonymousClient();
        using var registered = await anonymous.RegisterLawyerAsync("applicant.pending", Password, app.Resident(41), "13502201810555555");
        var userId = (await registered.JsonAsync()).GetProperty("userId").GetGuid();
        using var clerk = await app.ClientForAsync("clerk");
        using var judge = await app.ClientForAsync("judge");

        using var empty = await clerk.PostAsJsonAsync($"/api/lawyers/registrations/{userId}/refusal", new { reason = "" });
        using var byJudge = await judge.PostAsJsonAsync($"/api/lawyers/registrations/{userId}/refusal", new { reason = "证件不符，不予核验" });

        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await empty.Content.ReadAsStringAsync()).ShouldContain("不予核验的理由");
        byJudge.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await clerk.GetStringAsync("/api/lawyers/registrations?status=pending")).ShouldContain(userId.ToString());
    }
}
