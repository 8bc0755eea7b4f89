using System.Net;
using System.Net.Http.Json;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Support;
using Court.Seeds.Demo;

namespace Court.Host.Tests.Litigation.Lawyers;

/// <summary>
/// Issue 11 finding 2: an anonymous registration with someone else's ID number claimed their data-access log and, once they were
/// sued, their place as defendant. A claimed identifier now opens nothing until a clerk verifies it (ADR 0014).
/// </summary>
[Trait("Category", "Persistence")]
public sealed class ClaimingAnIdentity(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    private const string Password = "Impostor-Pass-2026";
    private static readonly Guid EnforcementCase = DemoCatalogue.Cases[2].Id;

    [Fact]
    public async Task An_account_registered_with_the_judgment_debtors_id_number_cannot_read_the_debtors_data_access_log()
    {
        using var officer = await app.ClientForAsync("enforcement");
        (await officer.PostAsJsonAsync($"/api/cases/{EnforcementCase}/gov-data/queries",
            new { purpose = "enforcement-investigation", kind = "assets", identifier = FilingClient.BorrowerId })).EnsureSuccessStatusCode();
        using var anonymous = app.CreateAnonymousClient();
        (await anonymous.RegisterLawyerAsync("impostor.debtor", Password, new Resident(FilingClient.BorrowerName, FilingClient.BorrowerId),
            "13502201810111111")).EnsureSuccessStatusCode();
        using var impostor = await app.ClientForAsync("impostor.debtor", Password);

        using var log = await impostor.GetAsync("/api/me/data-access-log");

        log.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var problem = await log.JsonAsync();
        problem.GetProperty("type").GetString().ShouldBe("/problems/identity-not-verified");
        problem.GetProperty("detail").GetString()!.ShouldContain("身份尚未核验");
        (await impostor.GetStringAsync("/Portals/DataAccess")).ShouldNotContain("执行查控");
    }

    [Fact]
    public async Task An_account_registered_with_the_defendants_id_number_does_not_become_the_defendant_of_the_new_case()
    {
        var defendant = app.Resident(10);
        using var anonymous = app.CreateAnonymousClient();
        (await anonymous.RegisterLawyerAsync("impostor.defendant", Password, defendant, "13502201810222222")).EnsureSuccessStatusCode();
        using var impostor = await app.ClientForAsync("impostor.defendant", Password);
        using var litigant = await app.ClientForAsync("litigant");
        using var clerk = await app.ClientForAsync("clerk");
        var journey = await new FilingJourney(app, litigant).DraftAsync();
        await journey.SaveAsync($"/api/filings/{journey.Id}/parties", new
        {
            parties = new[]
            {
                FilingClient.Party("plaintiff", "陈明", FilingClient.LitigantId, phone: "13900000001"),
                FilingClient.Party("defendant", defendant.Name, defendant.IdentifierNumber, consents: false),
            },
        });
        await journey.SubmittedAsync();
        await journey.PayAsync();

        var accepted = await FilingJourney.ReviewAsync(clerk, journey.Id, "acceptance");

        var caseId = accepted.GetProperty("caseId").GetString()!;
        (await impostor.GetStringAsync("/api/cases")).ShouldNotContain(caseId);
        using var dossier = await impostor.GetAsync($"/api/cases/{caseId}/dossier");
        dossier.IsSuccessStatusCode.ShouldBeFalse();
        (await litigant.GetStringAsync("/api/cases")).ShouldContain(caseId);
    }

    [Fact]
    public async Task A_second_account_for_an_id_number_that_has_one_is_a_chinese_409()
    {
        using var anonymous = app.CreateAnonymousClient();

        using var response = await anonymous.RegisterLawyerAsync("second.chenming", Password, new Resident("陈明", FilingClient.LitigantId),
            "13502201810333333");

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("一个身份只能注册一个账户");
    }

    [Fact]
    public async Task A_name_that_does_not_match_the_id_number_is_refused_and_nothing_is_registered()
    {
        var resident = app.Resident(11);
        using var anonymous = app.CreateAnonymousClient();

        using var response = await anonymous.RegisterLawyerAsync("wrong.name", Password, resident with { Name = resident.Name + "某" },
            "13502201810444444");

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("实名核验");
        using var token = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "wrong.name", password = Password });
        token.IsSuccessStatusCode.ShouldBeFalse();
    }

    [Fact]
    public async Task A_registered_lawyer_is_pending_and_cannot_file_until_a_clerk_verifies_the_licence()
    {
        using var anonymous = app.CreateAnonymousClient();
        using var registered = await anonymous.RegisterLawyerAsync("pending.lawyer", Password, app.Resident(12), "13502201810555555");
        registered.StatusCode.ShouldBe(HttpStatusCode.Created);
        var userId = (await registered.JsonAsync()).GetProperty("userId").GetString();
        (await registered.JsonAsync()).GetProperty("status").GetString().ShouldBe("pending");
        using var pending = await app.ClientForAsync("pending.lawyer", Password);
        using var filing = await pending.PostAsJsonAsync("/api/filings", new { client = new { name = "陈明", identifierNumber = FilingClient.LitigantId } });
        filing.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var clerk = await app.ClientForAsync("clerk");
        (await clerk.GetStringAsync("/api/lawyers/registrations?status=pending")).ShouldContain(userId!);
        using var litigant = await app.ClientForAsync("litigant");
        (await litigant.GetAsync("/api/lawyers/registrations")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var misread = await clerk.PostAsJsonAsync($"/api/lawyers/registrations/{userId}/verification", new { licenceNumber = "13502201810555556" });
        using var verified = await clerk.PostAsJsonAsync($"/api/lawyers/registrations/{userId}/verification", new { licenceNumber = "13502201810555555" });

        misread.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        verified.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await verified.JsonAsync()).GetProperty("status").GetString().ShouldBe("verified");
        (await pending.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var lawyer = await app.ClientForAsync("pending.lawyer", Password);
        (await lawyer.GetStringAsync("/api/me")).ShouldContain("Lawyer");
        (await lawyer.GetAsync("/api/me/data-access-log")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await clerk.GetStringAsync("/api/lawyers/registrations?status=pending")).ShouldNotContain(userId!);
    }

    [Theory]
    [InlineData("23502201810123456", "第1位")]
    [InlineData("19902201810123456", "第2至3位")]
    [InlineData("13502197810123456", "第6至9位")]
    [InlineData("13502201800123456", "第10位")]
    [InlineData("13502201812123456", "第11位")]
    public async Task A_licence_number_that_breaks_the_ministrys_numbering_is_a_chinese_400(string licence, string position)
    {
        using var anonymous = app.CreateAnonymousClient();

        using var response = await anonymous.RegisterLawyerAsync("bad.numbering", Password, app.Resident(13), licence);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain(position);
    }
}
