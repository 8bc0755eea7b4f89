using System.Net;
using System.Net.Http.Json;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Support;

namespace Court.Host.Tests.Litigation.Lawyers;

public sealed class RepresentingAClient(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task A_lawyer_registers_with_licence_and_firm_and_is_a_lawyer_once_a_clerk_verifies_the_licence()
    {
        await app.RegisterVerifiedLawyerAsync("zhou.lawyer", "Zhou-Pass-2026", app.Resident(0), "13502201810123456");

        using var signedIn = await app.ClientForAsync("zhou.lawyer", "Zhou-Pass-2026");
        using var me = await signedIn.GetAsync("/api/me");
        (await me.JsonAsync()).ToString().ShouldContain("Lawyer");
    }

    [Theory]
    [InlineData("1350220181012345", "17位")]
    [InlineData("abc", "17位")]
    public async Task A_bad_licence_number_is_a_chinese_400(string licence, string expected)
    {
        using var anonymous = app.CreateAnonymousClient();

        using var response = await anonymous.PostAsJsonAsync("/api/lawyers/registrations", new
        {
            userName = "bad.licence", password = "Zhou-Pass-2026", name = "某律师", identifierNumber = FilingClient.LitigantId,
            phone = "13900000089", licenceNumber = licence, firm = "福建鹭岛律师事务所",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("errors").ToString().ShouldContain(expected);
    }

    [Fact]
    public async Task A_lawyer_files_for_a_client_who_confirms_the_power_of_attorney()
    {
        using var lawyer = await app.ClientForAsync("lawyer");
        using var client = await app.ClientForAsync("litigant");

        var (filingId, _, _) = await lawyer.StartFilingAsync(new
        {
            kind = "private-lending", client = new { name = "陈明", identifierNumber = FilingClient.LitigantId, specialAuthority = true },
        });

        var pending = await (await client.GetAsync("/api/powers-of-attorney")).JsonAsync();
        var grant = pending.EnumerateArray().Single(g => g.GetProperty("filingId").GetString() == filingId.ToString());
        grant.GetProperty("status").GetString().ShouldBe("Pending");
        grant.GetProperty("scopeName").GetString().ShouldBe("特别授权");
        (await client.GetAsync($"/api/filings/{filingId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var confirmed = await client.PostAsJsonAsync($"/api/powers-of-attorney/{grant.GetProperty("id").GetString()}/decision", new { accept = true });

        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await confirmed.JsonAsync()).GetProperty("status").GetString().ShouldBe("Confirmed");
        var dossier = await (await lawyer.GetAsync($"/api/filings/{filingId}/dossier")).JsonAsync();
        dossier.ToString().ShouldContain("授权委托书");
    }

    [Fact]
    public async Task Only_the_client_can_confirm()
    {
        using var lawyer = await app.ClientForAsync("lawyer");
        var (filingId, _, _) = await lawyer.StartFilingAsync(new { client = new { name = "陈明", identifierNumber = FilingClient.LitigantId } });
        var grant = (await (await lawyer.GetAsync("/api/powers-of-attorney")).JsonAsync()).EnumerateArray()
            .Single(g => g.GetProperty("filingId").GetString() == filingId.ToString());

        using var selfConfirmed = await lawyer.PostAsJsonAsync($"/api/powers-of-attorney/{grant.GetProperty("id").GetString()}/decision", new { accept = true });

        selfConfirmed.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_lawyer_must_name_the_client()
    {
        using var lawyer = await app.ClientForAsync("lawyer");

        using var response = await lawyer.PostAsJsonAsync("/api/filings", new { kind = "private-lending" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("委托人");
    }

    [Fact]
    public async Task A_lawyer_asks_to_act_in_an_existing_case_and_acts_once_the_client_confirms()
    {
        await app.RegisterVerifiedLawyerAsync("xu.lawyer", "Xu-Pass-20261", app.Resident(1), "13502201810654321");
        using var lawyer = await app.ClientForAsync("xu.lawyer", "Xu-Pass-20261");
        using var client = await app.ClientForAsync("litigant");
        const string loanCase = "0193a000-0000-7000-8000-000000000001";
        (await lawyer.GetAsync($"/api/cases/{loanCase}/dossier")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var asked = await lawyer.PostAsJsonAsync($"/api/cases/{loanCase}/powers-of-attorney", new { clientIdentifierNumber = FilingClient.LitigantId });
        asked.StatusCode.ShouldBe(HttpStatusCode.Created);
        var grantId = (await asked.JsonAsync()).GetProperty("id").GetString();
        (await client.PostAsJsonAsync($"/api/powers-of-attorney/{grantId}/decision", new { accept = true })).EnsureSuccessStatusCode();

        (await lawyer.GetAsync($"/api/cases/{loanCase}/dossier")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Asking_for_a_case_the_client_is_not_in_reveals_nothing()
    {
        using var lawyer = await app.ClientForAsync("lawyer");

        using var response = await lawyer.PostAsJsonAsync("/api/cases/0193a000-0000-7000-8000-000000000002/powers-of-attorney",
            new { clientIdentifierNumber = FilingClient.LitigantId });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
