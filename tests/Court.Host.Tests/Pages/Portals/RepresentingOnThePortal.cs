using System.Net.Http.Json;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Progress;
using Court.Host.Tests.Litigation.Support;
using Court.Host.Tests.Pages.Support;
using Court.Kernel.Identifiers;

namespace Court.Host.Tests.Pages.Portals;

/// <summary>Lawyers in the portal: registration, the client's confirmation of a power of attorney, and asking to act in a registered case.</summary>
[Trait("Category", "Persistence")]
public sealed class RepresentingOnThePortal(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task A_lawyer_registers_from_the_link_on_the_sign_in_page_and_is_told_the_clerk_verifies_the_licence()
    {
        var resident = app.Resident(0);
        using var anonymous = app.CreateAnonymousClient();
        var signIn = await anonymous.PageAsync("/Account/Login");
        var form = await anonymous.PageAsync(signIn.QuerySelector("a[href='/Account/RegisterLawyer']")!.GetAttribute("href")!);

        var (status, page) = await anonymous.SubmitAsync("/Account/RegisterLawyer", form, "main form", new Dictionary<string, string>
        {
            ["Name"] = resident.Name, ["IdentifierNumber"] = resident.IdentifierNumber, ["Phone"] = "13900000091",
            ["LicenceNumber"] = "13502201910555666", ["Firm"] = "福建鹭岛律师事务所", ["UserName"] = "wu.lawyer", ["Password"] = "Wu-Pass-2026x",
        });

        status.ShouldBe(200);
        page.Text("[role=status]").ShouldContain("注册已提交");
        page.Text("main").ShouldContain("立案庭核验");
        using var signedIn = await app.ClientForAsync("wu.lawyer", "Wu-Pass-2026x");
        (await signedIn.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/me")).GetProperty("roles").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_bad_licence_number_is_told_in_chinese_and_registers_nothing()
    {
        using var anonymous = app.CreateAnonymousClient();
        var form = await anonymous.PageAsync("/Account/RegisterLawyer");

        var (status, page) = await anonymous.SubmitAsync("/Account/RegisterLawyer", form, "main form", new Dictionary<string, string>
        {
            ["Name"] = "钱律师", ["IdentifierNumber"] = ResidentIdNumber.Create("350203", new DateOnly(1989, 9, 9), 92).Value, ["Phone"] = "13900000092",
            ["LicenceNumber"] = "1234", ["Firm"] = "福建鹭岛律师事务所", ["UserName"] = "qian.lawyer", ["Password"] = "Qian-Pass-2026",
        });

        status.ShouldBe(400);
        page.Text("[role=alert]").ShouldContain("律师执业证号应为17位数字");
        using var token = await app.CreateAnonymousClient().PostAsJsonAsync("/api/auth/token", new { userName = "qian.lawyer", password = "Qian-Pass-2026" });
        token.IsSuccessStatusCode.ShouldBeFalse();
    }

    [Fact]
    public async Task The_client_confirms_on_the_portal_and_the_lawyer_sees_it_confirmed()
    {
        using var lawyer = await app.ClientForAsync("lawyer");
        using var client = await app.ClientForAsync("litigant");
        var (filingId, reference, _) = await lawyer.StartFilingAsync(new
        {
            kind = "private-lending", client = new { name = "陈明", identifierNumber = FilingClient.LitigantId },
        });

        var portal = await client.PageAsync("/Portals/Litigation");
        var row = portal.QuerySelectorAll("#powers-to-confirm tr[data-grant-id]").Single(r => r.TextContent.Contains(reference));
        var grant = row.GetAttribute("data-grant-id");
        var (status, confirmed) = await client.SubmitAsync("/Portals/Litigation", portal,
            $"#powers-to-confirm tr[data-grant-id='{grant}'] form[action*='accept=true']");
        var lawyersPortal = await lawyer.PageAsync("/Portals/Litigation");

        status.ShouldBe(200);
        confirmed.Text("[role=status]").ShouldContain("您已确认委托林晓律师");
        confirmed.QuerySelector($"#powers-to-confirm tr[data-grant-id='{grant}']").ShouldBeNull();
        lawyersPortal.QuerySelector($"#my-representations tr[data-grant-id='{grant}'] [data-status]")!.TextContent.ShouldBe("委托人已确认");
        (await client.GetStringAsync($"/api/filings/{filingId}")).ShouldContain("\"status\":\"Draft\"");
    }

    [Fact]
    public async Task A_lawyer_asks_to_act_in_a_case_by_its_number_and_an_unknown_number_is_answered_as_the_handler_answers()
    {
        using var lawyer = await app.ClientForAsync("lawyer2");
        var portal = await lawyer.PageAsync("/Portals/Litigation");
        var civil = await app.RegisterCivilCaseAsync();

        var (unknown, unknownPage) = await lawyer.SubmitAsync("/Portals/Litigation", portal, "#represent form", new Dictionary<string, string>
        {
            ["CaseIdOrNumber"] = "（2026）闽0203民初99999号", ["ClientIdentifierNumber"] = FilingClient.LitigantId,
        });
        var (status, page) = await lawyer.SubmitAsync("/Portals/Litigation", portal, "#represent form", new Dictionary<string, string>
        {
            ["CaseIdOrNumber"] = civil.Number, ["ClientIdentifierNumber"] = FilingClient.LitigantId,
        });

        unknown.ShouldBe(404);
        unknownPage.Text("#represent [role=alert]").ShouldBe("没有找到该当事人参加的这个案件。请核对委托人的证件号码。");
        status.ShouldBe(200);
        page.Text("#my-representations").ShouldContain(civil.Number);
        page.Text("#my-representations [data-status]").ShouldBe("待委托人确认");
    }

    [Fact]
    public async Task A_case_number_typed_with_ascii_parentheses_finds_the_case_and_one_that_does_not_parse_is_told_its_format()
    {
        using var lawyer = await app.ClientForAsync("lawyer2");
        var portal = await lawyer.PageAsync("/Portals/Litigation");
        var civil = await app.RegisterCivilCaseAsync();
        var typed = civil.Number.Replace('（', '(').Replace('）', ')');

        var (status, page) = await lawyer.SubmitAsync("/Portals/Litigation", portal, "#represent form", new Dictionary<string, string>
        {
            ["CaseIdOrNumber"] = typed, ["ClientIdentifierNumber"] = FilingClient.LitigantId,
        });
        var (malformed, malformedPage) = await lawyer.SubmitAsync("/Portals/Litigation", portal, "#represent form", new Dictionary<string, string>
        {
            ["CaseIdOrNumber"] = "2026闽0203民初1", ["ClientIdentifierNumber"] = FilingClient.LitigantId,
        });

        status.ShouldBe(200);
        page.Text("#my-representations").ShouldContain(civil.Number);
        malformed.ShouldBe(400);
        malformedPage.Text("#represent [role=alert]").ShouldStartWith("案号格式不正确");
    }
}
