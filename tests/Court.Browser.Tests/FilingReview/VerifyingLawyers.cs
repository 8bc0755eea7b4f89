using System.Net.Http.Json;
using System.Text.Json;
using Court.Kernel.GovData;
using Court.Seeds.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Court.Browser.Tests.FilingReview;

/// <summary>
/// Issue 12 point 10: 立案审查 has the queue of pending lawyer registrations. The clerk sees name, licence number and firm, verifies one
/// by typing the licence number from the certificate, and refuses another with a reason the applicant is told.
/// </summary>
public sealed class VerifyingLawyers(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task The_clerk_verifies_one_pending_lawyer_and_refuses_another_with_a_reason()
    {
        var demo = SandboxRegistry.DemoSubjects.ToHashSet(StringComparer.Ordinal);
        var residents = host.Services.GetRequiredService<PlatformRegistryData>().NaturalPersons.Where(p => !demo.Contains(p.ResidentIdNumber)).Skip(600).Take(2).ToList();
        var verifiedId = await RegisterAsync("pending.one", residents[0], "13502201810666666");
        var refusedId = await RegisterAsync("pending.two", residents[1], "13502201810777777");
        var page = await host.NewPageAsync(width: 390, height: 844);
        await SignIn.AsAsync(page, "clerk");

        await page.GetByRole(AriaRole.Link, new() { Name = "律师注册核验" }).ClickAsync();
        var first = page.Locator($"tr[data-lawyer-id='{verifiedId}']");
        (await first.InnerTextAsync()).ShouldContain(residents[0].Name);
        (await first.InnerTextAsync()).ShouldContain("13502201810666666");
        (await first.InnerTextAsync()).ShouldContain("福建鹭岛律师事务所");
        await first.GetByLabel("照执业证原件输入执业证号").FillAsync("13502201810666666");
        await first.GetByRole(AriaRole.Button, new() { Name = "核验通过" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain($"已核验{residents[0].Name}");

        var second = page.Locator($"tr[data-lawyer-id='{refusedId}']");
        await second.Locator("summary", new() { HasText = "不予核验" }).ClickAsync();
        await second.GetByLabel("理由").FillAsync("执业证原件上的姓名与注册填写的不一致");
        await second.GetByRole(AriaRole.Button, new() { Name = "确认不予核验" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("理由已通知申请人");

        (await page.Locator($"tr[data-lawyer-id='{verifiedId}']").CountAsync()).ShouldBe(0);
        (await page.Locator($"tr[data-lawyer-id='{refusedId}']").CountAsync()).ShouldBe(0);
        using var applicant = await TokenClientAsync("pending.two");
        (await applicant.GetStringAsync("/api/me/notifications")).ShouldContain("姓名与注册填写的不一致");
    }

    private const string Password = "Applicant-Pass-2026";

    private async Task<Guid> RegisterAsync(string userName, global::GovData.Platform.V1.NaturalPerson person, string licence)
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        using var response = await client.PostAsJsonAsync("/api/lawyers/registrations", new
        {
            userName, password = Password, name = person.Name, identifierNumber = person.ResidentIdNumber, phone = person.Phone,
            licenceNumber = licence, firm = "福建鹭岛律师事务所",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userId").GetGuid();
    }

    private async Task<HttpClient> TokenClientAsync(string userName)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
