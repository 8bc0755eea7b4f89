using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Court.Host.Tests.Infrastructure;

namespace Court.Host.Tests.Features.Fees;

public sealed class EstimateFeeTests(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task Anyone_can_estimate_a_property_claim_under_summary_procedure()
    {
        using var anonymous = app.CreateAnonymousClient();

        using var response = await anonymous.PostAsJsonAsync("/api/fees/estimate",
            new { kind = "property", amount = 120_000m, reductions = new[] { "summary-procedure" } });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var estimate = await response.Content.ReadFromJsonAsync<JsonElement>();
        estimate.GetProperty("fee").GetDecimal().ShouldBe(1_350.00m);
        estimate.GetProperty("basis").GetString()!.ShouldContain("第十三条");
        estimate.GetProperty("basis").GetString()!.ShouldContain("第十六条");
        var breakdown = estimate.GetProperty("breakdown");
        breakdown.GetArrayLength().ShouldBe(4);
        breakdown[1].GetProperty("item").GetString().ShouldBe("10,000元至100,000元部分 × 2.5%");
        breakdown[1].GetProperty("amount").GetDecimal().ShouldBe(2_250m);
    }

    [Fact]
    public async Task A_labour_dispute_needs_no_amount()
    {
        using var anonymous = app.CreateAnonymousClient();

        using var response = await anonymous.PostAsJsonAsync("/api/fees/estimate", new { kind = "labour" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fee").GetDecimal().ShouldBe(10m);
    }

    [Fact]
    public async Task A_trademark_patent_or_maritime_administrative_case_pays_100()
    {
        using var anonymous = app.CreateAnonymousClient();

        // 诉讼费用交纳办法 art. 13(5)1: 商标、专利、海事行政案件每件交纳100元
        using var response = await anonymous.PostAsJsonAsync("/api/fees/estimate", new { kind = "administrative-trademark-patent-maritime" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var estimate = await response.Content.ReadFromJsonAsync<JsonElement>();
        estimate.GetProperty("fee").GetDecimal().ShouldBe(100m);
        estimate.GetProperty("basis").GetString().ShouldBe("《诉讼费用交纳办法》第十三条第（五）项第1目");
    }

    [Theory]
    [InlineData("""{"kind":"lottery","amount":1000}""", "收费类型")]
    [InlineData("""{"amount":1000}""", "收费类型")]
    [InlineData("""{"kind":"property","amount":1000,"reductions":["bribery"]}""", "减半事由")]
    [InlineData("""{"kind":"property"}""", "争议金额")]
    [InlineData("""{"kind":"property","amount":-5}""", "金额")]
    [InlineData("""{"kind":"property","amount":1e20}""", "金额")]
    [InlineData("""{"kind":"enforcement","amount":1000,"reductions":["withdrawal"]}""", "不予减半")]
    public async Task A_bad_request_gets_400_problem_details_in_chinese(string body, string expected)
    {
        using var anonymous = app.CreateAnonymousClient();

        using var response = await anonymous.PostAsync("/api/fees/estimate", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("type").GetString().ShouldBe("/problems/validation");
        problem.GetProperty("errors").ToString().ShouldContain(expected);
    }

    [Theory]
    [InlineData("""{"kind":"property","amount":1e40}""")]
    [InlineData("""{"kind":"property","amount":"many"}""")]
    [InlineData("""{"kind":""")]
    public async Task An_unreadable_amount_gets_400_not_500(string body)
    {
        using var anonymous = app.CreateAnonymousClient();

        using var response = await anonymous.PostAsync("/api/fees/estimate", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldNotBeNullOrWhiteSpace();
    }
}
