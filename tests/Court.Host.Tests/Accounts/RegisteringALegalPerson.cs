using System.Net;
using System.Net.Http.Json;
using Court.Host.Identity;
using Court.Host.Persistence;
using Court.Host.Tests.Litigation.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Accounts;

/// <summary>
/// Issue 12 point 9: a legal person registers by its credit code (check digit checked first), its registered name and its legal
/// representative, whom the enterprise register names and whose ID number and phone the platform matches (ADR 0018).
/// </summary>
[Trait("Category", "Persistence")]
public sealed class RegisteringALegalPerson(AccountsAppFactory app) : IClassFixture<AccountsAppFactory>
{
    [Fact]
    public async Task The_legal_representative_registers_the_enterprise_under_its_registered_name()
    {
        var (enterprise, representative) = app.Enterprise(0);
        using var anonymous = app.CreateAnonymousClient();
        (await app.SendCodeAsync(anonymous, representative.Phone)).EnsureSuccessStatusCode();

        using var response = await RegisterAsync(anonymous, enterprise.Name, enterprise.CreditCode, representative, "enterprise.0",
            await app.CodeSentToAsync(representative.Phone));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<CourtDb>().Users.AsNoTracking().SingleAsync(u => u.UserName == "enterprise.0");
        user.DisplayName.ShouldBe(enterprise.Name);
        user.IdentifierNumber.ShouldBe(enterprise.CreditCode);
        user.LegalRepresentativeName.ShouldBe(representative.Name);
        user.LegalRepresentativeIdNumber.ShouldBe(representative.IdentifierNumber);
        user.IdentityVerification.ShouldBe(IdentityVerificationMethod.LegalRepresentativeConfirmedBySms);
    }

    [Fact]
    public async Task Someone_the_register_does_not_name_as_representative_is_refused()
    {
        var (enterprise, _) = app.Enterprise(1);
        var stranger = app.Person(400);
        using var anonymous = app.CreateAnonymousClient();
        (await app.SendCodeAsync(anonymous, stranger.Phone)).EnsureSuccessStatusCode();

        using var response = await RegisterAsync(anonymous, enterprise.Name, enterprise.CreditCode, stranger, "enterprise.1",
            await app.CodeSentToAsync(stranger.Phone));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.JsonAsync()).GetProperty("detail").GetString()!.ShouldContain("企业登记信息核验");
    }

    [Fact]
    public async Task A_credit_code_with_a_wrong_check_digit_is_told_so_before_any_code_is_spent()
    {
        var (enterprise, representative) = app.Enterprise(2);
        var last = enterprise.CreditCode[^1];
        var altered = enterprise.CreditCode[..^1] + (last == '0' ? '1' : '0');
        using var anonymous = app.CreateAnonymousClient();

        using var response = await RegisterAsync(anonymous, enterprise.Name, altered, representative, "enterprise.2", "123456");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("校验码");
    }

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string organisationName, string creditCode, RegistryPerson representative,
        string userName, string code) =>
        client.PostAsJsonAsync("/api/accounts/registrations", new
        {
            kind = "legal-person", userName, password = AccountsAppFactory.Password, organisationName, creditCode, name = representative.Name,
            identifierNumber = representative.IdentifierNumber, phone = representative.Phone, code, acceptsIntegrityPledge = true,
            integrityPledgeVersion = "2026-12",
        });
}
