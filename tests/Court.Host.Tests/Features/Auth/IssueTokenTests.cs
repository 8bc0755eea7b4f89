using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Court.Host.Tests.Infrastructure;

namespace Court.Host.Tests.Features.Auth;

[Trait("Category", "Persistence")]
public sealed class IssueTokenTests(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task A_demo_account_gets_a_token_that_authorises_api_me()
    {
        using var anonymous = app.CreateAnonymousClient();
        using var response = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "judge", password = CourtAppFactory.DemoPassword });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        token.GetProperty("expiresAt").GetDateTimeOffset().ShouldBeGreaterThan(app.Clock.GetUtcNow());

        using var judge = await app.ClientForAsync("judge");
        var me = await judge.GetFromJsonAsync<JsonElement>("/api/me");

        me.GetProperty("userName").GetString().ShouldBe("judge");
        me.GetProperty("displayName").GetString().ShouldBe("王审判");
        me.GetProperty("roles")[0].GetProperty("name").GetString().ShouldBe("Judge");
        me.GetProperty("roles")[0].GetProperty("chineseName").GetString().ShouldBe("法官");
        me.GetProperty("identifierMasked").GetString()!.ShouldContain("********");
    }

    [Fact]
    public async Task A_wrong_password_gets_401_problem_details_in_chinese()
    {
        using var anonymous = app.CreateAnonymousClient();

        using var response = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "clerk", password = "wrong-password" });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("type").GetString().ShouldBe("/problems/invalid-credentials");
        problem.GetProperty("detail").GetString()!.ShouldContain("用户名或密码不正确");
    }

    [Fact]
    public async Task Five_wrong_passwords_from_one_address_lock_the_account_against_that_address_even_with_the_right_one()
    {
        using var anonymous = app.CreateAnonymousClient();
        for (var i = 0; i < 5; i++)
            (await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "investor", password = $"guess-{i}" })).Dispose();

        using var response = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "investor", password = CourtAppFactory.DemoPassword });

        response.StatusCode.ShouldBe(HttpStatusCode.Locked);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("type").GetString().ShouldBe("/problems/account-locked");
        problem.GetProperty("detail").GetString()!.ShouldContain("锁定");
    }

    [Theory]
    [InlineData("{\"userName\":")]
    [InlineData("{\"userName\":\"judge\"}")]
    [InlineData("[]")]
    public async Task A_malformed_or_incomplete_request_gets_400_problem_details_not_500(string body)
    {
        using var anonymous = app.CreateAnonymousClient();

        using var response = await anonymous.PostAsync("/api/auth/token", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("detail").GetString()!.ShouldNotBeNullOrWhiteSpace();
        problem.GetProperty("type").GetString().ShouldBe("/problems/validation");
    }

    [Fact]
    public async Task An_api_call_without_a_token_gets_401_problem_details_not_a_redirect()
    {
        using var anonymous = app.CreateAnonymousClient();

        using var response = await anonymous.GetAsync("/api/me");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().ShouldBe("请先登录后再操作。");
    }

    [Fact]
    public async Task A_forged_token_is_refused()
    {
        using var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "CfDJ8forged");

        using var response = await client.GetAsync("/api/me");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
