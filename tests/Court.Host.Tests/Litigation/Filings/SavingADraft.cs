using System.Net;
using System.Net.Http.Json;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Support;

namespace Court.Host.Tests.Litigation.Filings;

public sealed class SavingADraft(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task A_litigant_starts_a_filing_and_is_its_first_plaintiff()
    {
        using var litigant = await app.ClientForAsync("litigant");

        var (id, reference, _) = await litigant.StartFilingAsync();

        reference.ShouldStartWith("网立");
        var filing = await litigant.FilingAsync(id);
        filing.GetProperty("status").GetString().ShouldBe("Draft");
        filing.GetProperty("editable").GetBoolean().ShouldBeTrue();
        var plaintiff = filing.GetProperty("parties")[0];
        plaintiff.GetProperty("name").GetString().ShouldBe("陈明");
        plaintiff.GetProperty("identifierNumber").GetString().ShouldBe(FilingClient.LitigantId);
        plaintiff.GetProperty("hasAccount").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task What_was_saved_survives_signing_out_and_in_again()
    {
        Guid id;
        using (var first = await app.ClientForAsync("litigant"))
        {
            (id, _, var version) = await first.StartFilingAsync();
            using var saved = await first.PutAsJsonAsync($"/api/filings/{id}", new
            {
                version, elements = new Dictionary<string, string> { ["principal"] = "200000" }, claims = "判令被告偿还借款本金200,000元",
            });
            saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var again = await app.ClientForAsync("litigant");
        var filing = await again.FilingAsync(id);
        filing.GetProperty("elements").GetProperty("principal").GetString().ShouldBe("200000");
        filing.GetProperty("claims").GetString().ShouldBe("判令被告偿还借款本金200,000元");
        filing.GetProperty("version").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_save_from_a_stale_page_is_refused_and_changes_nothing()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var (id, _, version) = await litigant.StartFilingAsync();
        (await litigant.PutAsJsonAsync($"/api/filings/{id}", new { version, claims = "第一次保存" })).EnsureSuccessStatusCode();

        using var stale = await litigant.PutAsJsonAsync($"/api/filings/{id}", new { version, claims = "旧页面的保存" });

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("刷新");
        (await litigant.FilingAsync(id)).GetProperty("claims").GetString().ShouldBe("第一次保存");
    }

    [Fact]
    public async Task Markup_in_a_text_is_kept_as_text()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var (id, _, version) = await litigant.StartFilingAsync();

        (await litigant.PutAsJsonAsync($"/api/filings/{id}", new { version, factsAndReasons = "<script>alert(1)</script>借款到期未还" }))
            .EnsureSuccessStatusCode();

        (await litigant.FilingAsync(id)).GetProperty("factsAndReasons").GetString().ShouldBe("<script>alert(1)</script>借款到期未还");
    }

    [Fact]
    public async Task Nobody_else_can_see_or_change_the_draft()
    {
        using var litigant = await app.ClientForAsync("litigant");
        using var lawyer = await app.ClientForAsync("lawyer");
        var (id, _, version) = await litigant.StartFilingAsync();

        using var read = await lawyer.GetAsync($"/api/filings/{id}");
        using var write = await lawyer.PutAsJsonAsync($"/api/filings/{id}", new { version, claims = "篡改" });

        read.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        write.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_court_is_a_chinese_400()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var (id, _, version) = await litigant.StartFilingAsync();

        using var response = await litigant.PutAsJsonAsync($"/api/filings/{id}", new { version, courtCode = "闽9999" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync()).GetProperty("errors").ToString().ShouldContain("没有代码为");
    }
}
