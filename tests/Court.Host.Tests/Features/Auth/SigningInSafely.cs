using System.Net;
using System.Net.Http.Json;
using Court.Host.Identity;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Jobs;
using Court.Host.Tests.Litigation.Support;

namespace Court.Host.Tests.Features.Auth;

/// <summary>
/// Issue 11 finding 11: an unknown user was refused faster than a known one, and five wrong passwords from anywhere locked any
/// account. Now an unknown name costs a hash verification, an address is throttled, and lockout holds against that address only.
/// </summary>
[Trait("Category", "Persistence")]
public sealed class SigningInSafely(AddressedApp app) : IClassFixture<AddressedApp>
{
    [Fact]
    public async Task An_unknown_user_name_costs_one_password_hash_verification_as_a_wrong_password_does()
    {
        using var anonymous = app.ClientFrom("10.0.1.1");
        (await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "assistant", password = "warm-up-wrong" })).Dispose();

        var before = app.Hasher.Verifications;
        using var unknown = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "nobody-here", password = "some-password" });
        var forUnknown = app.Hasher.Verifications - before;
        before = app.Hasher.Verifications;
        using var wrong = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "assistant", password = "some-password" });
        var forWrong = app.Hasher.Verifications - before;

        unknown.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await unknown.JsonAsync()).GetProperty("detail").GetString().ShouldBe((await wrong.JsonAsync()).GetProperty("detail").GetString());
        forUnknown.ShouldBe(1);
        forWrong.ShouldBe(1);
    }

    [Fact]
    public async Task Five_wrong_passwords_from_an_attackers_address_do_not_lock_the_judge_out_from_another()
    {
        using var attacker = app.ClientFrom("10.0.2.1");
        using var judge = app.ClientFrom("10.0.2.2");
        for (var i = 0; i < SignInThrottle.FailuresPerAccount; i++)
            (await attacker.PostAsJsonAsync("/api/auth/token", new { userName = "judge", password = $"guess-{i}" })).Dispose();

        using var attackerWithTheRightPassword = await attacker.PostAsJsonAsync("/api/auth/token", new { userName = "judge", password = CourtAppFactory.DemoPassword });
        using var theJudge = await judge.PostAsJsonAsync("/api/auth/token", new { userName = "judge", password = CourtAppFactory.DemoPassword });

        attackerWithTheRightPassword.StatusCode.ShouldBe(HttpStatusCode.Locked);
        (await attackerWithTheRightPassword.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("锁定");
        theJudge.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_address_that_fails_too_often_waits_with_a_chinese_429_and_retry_after_on_the_api_and_the_sign_in_page()
    {
        using var sprayer = app.ClientFrom("10.0.3.1");
        for (var i = 0; i < SignInThrottle.FailuresPerAddress; i++)
            (await sprayer.PostAsJsonAsync("/api/auth/token", new { userName = $"guess{i}", password = "Password-2026" })).Dispose();

        using var api = await sprayer.PostAsJsonAsync("/api/auth/token", new { userName = "clerk", password = CourtAppFactory.DemoPassword });
        using var elsewhere = await app.ClientFrom("10.0.3.2").PostAsJsonAsync("/api/auth/token", new { userName = "clerk", password = CourtAppFactory.DemoPassword });

        api.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        api.Headers.RetryAfter!.Delta!.Value.ShouldBeGreaterThan(TimeSpan.Zero);
        (await api.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("登录失败次数过多");
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.OK);
        var login = await sprayer.GetPageAsync("/Account/Login");
        using var page = await sprayer.SubmitAsync(login.Forms[0], "/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = "clerk", ["Input.Password"] = CourtAppFactory.DemoPassword,
        });
        page.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        page.Headers.RetryAfter.ShouldNotBeNull();
    }
}
