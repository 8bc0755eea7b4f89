using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Court.Host.Identity;
using Court.Host.Persistence;
using Court.Host.Tests.Litigation.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Accounts;

/// <summary>
/// Issue 12 point 9: a litigant could not sign up. Natural persons register with name, ID number and the phone registered under it
/// (checked through the bridge), confirm the phone with an SMS code read here from the embedded sink, sign the 诚信诉讼承诺书, and
/// then sign in by password or by SMS code (ADR 0018).
/// </summary>
[Trait("Category", "Persistence")]
public sealed class RegisteringAsALitigant(AccountsAppFactory app) : IClassFixture<AccountsAppFactory>
{
    [Fact]
    public async Task A_resident_registers_with_the_code_from_the_sms_and_the_account_is_verified_with_the_pledge_signed()
    {
        var person = app.Person(300);
        using var anonymous = app.CreateAnonymousClient();

        using var sent = await app.SendCodeAsync(anonymous, person.Phone);
        sent.StatusCode.ShouldBe(HttpStatusCode.Accepted, await sent.Content.ReadAsStringAsync());
        (await sent.JsonAsync()).GetProperty("phoneMasked").GetString().ShouldBe(person.Phone[..3] + "****" + person.Phone[7..]);
        var code = await app.CodeSentToAsync(person.Phone);
        using var registered = await app.RegisterAsync(anonymous, person, "resident.300", code);

        registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        (await registered.JsonAsync()).GetProperty("displayName").GetString().ShouldBe(person.Name);
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<CourtDb>().Users.AsNoTracking().SingleAsync(u => u.UserName == "resident.300");
        user.IdentityVerified.ShouldBeTrue();
        user.IdentityVerification.ShouldBe(IdentityVerificationMethod.RegistryPhoneConfirmedBySms);
        user.PhoneNumberConfirmed.ShouldBeTrue();
        user.IntegrityPledgeVersion.ShouldBe("2026-12");
        user.IntegrityPledgeAcceptedAt!.Value.ShouldBe(app.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(1));
        using var signedIn = await app.ClientForAsync("resident.300", AccountsAppFactory.Password);
        var me = await signedIn.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/me");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("chineseName").GetString()).ShouldBe(["当事人"]);
        // The code is used up: the same code does not register a second time.
        using var again = await app.RegisterAsync(anonymous, app.Person(301), "resident.301", code, phone: person.Phone);
        again.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task The_registered_phone_signs_in_with_an_sms_code_and_a_wrong_code_does_not()
    {
        var person = app.Person(302);
        using var anonymous = app.CreateAnonymousClient();
        (await app.SendCodeAsync(anonymous, person.Phone)).EnsureSuccessStatusCode();
        (await app.RegisterAsync(anonymous, person, "resident.302", await app.CodeSentToAsync(person.Phone))).EnsureSuccessStatusCode();
        app.Clock.Advance(TimeSpan.FromMinutes(2));

        (await app.SendCodeAsync(anonymous, person.Phone, "sign-in")).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var code = await app.CodeSentToAsync(person.Phone, count: 2);
        using var wrong = await anonymous.PostAsJsonAsync("/api/auth/sms-token", new { phone = person.Phone, code = code == "000000" ? "111111" : "000000" });
        using var right = await anonymous.PostAsJsonAsync("/api/auth/sms-token", new { phone = person.Phone, code });

        wrong.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        right.StatusCode.ShouldBe(HttpStatusCode.OK, await right.Content.ReadAsStringAsync());
        using var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await right.JsonAsync()).GetProperty("accessToken").GetString());
        (await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/me")).GetProperty("displayName").GetString().ShouldBe(person.Name);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_and_tells_how_many_tries_are_left()
    {
        var person = app.Person(303);
        using var anonymous = app.CreateAnonymousClient();
        (await app.SendCodeAsync(anonymous, person.Phone)).EnsureSuccessStatusCode();
        var code = await app.CodeSentToAsync(person.Phone);

        using var response = await app.RegisterAsync(anonymous, person, "resident.303", code == "123456" ? "654321" : "123456");

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.JsonAsync();
        problem.GetProperty("type").GetString().ShouldBe("/problems/phone-code-wrong");
        problem.GetProperty("detail").GetString().ShouldBe("短信验证码不正确，还可以再试 4 次。");
    }

    [Fact]
    public async Task A_code_typed_after_five_minutes_has_expired()
    {
        var person = app.Person(304);
        using var anonymous = app.CreateAnonymousClient();
        (await app.SendCodeAsync(anonymous, person.Phone)).EnsureSuccessStatusCode();
        var code = await app.CodeSentToAsync(person.Phone);

        app.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        using var response = await app.RegisterAsync(anonymous, person, "resident.304", code);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.JsonAsync();
        problem.GetProperty("type").GetString().ShouldBe("/problems/phone-code-expired");
        problem.GetProperty("detail").GetString()!.ShouldContain("已过期");
    }

    [Fact]
    public async Task After_five_wrong_codes_even_the_right_one_is_refused()
    {
        var person = app.Person(305);
        using var anonymous = app.CreateAnonymousClient();
        (await app.SendCodeAsync(anonymous, person.Phone)).EnsureSuccessStatusCode();
        var code = await app.CodeSentToAsync(person.Phone);
        var wrong = code == "000000" ? "999999" : "000000";

        for (var i = 0; i < 5; i++) (await app.RegisterAsync(anonymous, person, "resident.305", wrong)).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        using var response = await app.RegisterAsync(anonymous, person, "resident.305", code);

        var problem = await response.JsonAsync();
        problem.GetProperty("type").GetString().ShouldBe("/problems/phone-code-exhausted");
        problem.GetProperty("detail").GetString()!.ShouldContain("请重新获取");
    }

    [Fact]
    public async Task A_name_that_does_not_match_the_id_number_is_refused_with_the_answer_a_wrong_phone_gets()
    {
        var person = app.Person(306);
        var other = app.Person(307);
        using var anonymous = app.CreateAnonymousClient();
        (await app.SendCodeAsync(anonymous, person.Phone)).EnsureSuccessStatusCode();
        var code = await app.CodeSentToAsync(person.Phone);
        (await app.SendCodeAsync(anonymous, other.Phone)).EnsureSuccessStatusCode();
        var otherCode = await app.CodeSentToAsync(other.Phone);

        // 张三 types another person's ID number with a phone of his own, then the right name with a phone that is not the registered one.
        using var wrongName = await app.RegisterAsync(anonymous, person with { Name = "张三" }, "impostor.306", code);
        using var wrongPhone = await app.RegisterAsync(anonymous, person, "impostor.307", otherCode, phone: other.Phone);

        wrongName.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        wrongPhone.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var nameProblem = await wrongName.JsonAsync();
        nameProblem.GetProperty("type").GetString().ShouldBe("/problems/identity-not-matched");
        nameProblem.GetProperty("detail").GetString().ShouldBe((await wrongPhone.JsonAsync()).GetProperty("detail").GetString());
        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<CourtDb>().Users.AnyAsync(u => u.IdentifierNumber == person.IdentifierNumber)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_second_account_for_an_id_number_that_has_one_is_a_chinese_409()
    {
        using var anonymous = app.CreateAnonymousClient();

        (await app.SendCodeAsync(anonymous, FilingClientPhone)).EnsureSuccessStatusCode();
        using var response = await app.RegisterAsync(anonymous, new RegistryPerson("陈明", FilingClient.LitigantId, FilingClientPhone), "second.chenming",
            await app.CodeSentToAsync(FilingClientPhone));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("一个身份只能注册一个账户");
    }

    [Fact]
    public async Task A_second_code_within_a_minute_is_refused_and_one_after_it_is_sent()
    {
        var person = app.Person(309);
        using var anonymous = app.CreateAnonymousClient();
        (await app.SendCodeAsync(anonymous, person.Phone)).EnsureSuccessStatusCode();

        using var soon = await app.SendCodeAsync(anonymous, person.Phone);
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        using var later = await app.SendCodeAsync(anonymous, person.Phone);

        soon.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await soon.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("秒后再获取");
        later.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await app.CodeSentToAsync(person.Phone, count: 2);
    }

    [Fact]
    public async Task A_sign_in_code_for_a_phone_no_account_confirmed_is_answered_alike_and_sends_nothing()
    {
        var person = app.Person(310);
        using var anonymous = app.CreateAnonymousClient();

        using var response = await app.SendCodeAsync(anonymous, person.Phone, "sign-in");

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        (await db.PhoneCodes.CountAsync(c => c.Phone == person.Phone)).ShouldBe(1);
        (await db.SmsOutbox.CountAsync(m => m.Phone == person.Phone)).ShouldBe(0);
    }

    /// <summary>A phone that no account confirmed (the demo litigant's phone is not confirmed by SMS).</summary>
    private const string FilingClientPhone = "13900000099";
}
