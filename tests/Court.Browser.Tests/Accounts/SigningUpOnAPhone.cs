using Court.Kernel.GovData;
using Court.Seeds.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Court.Browser.Tests.Accounts;

/// <summary>
/// Issue 12 point 9 on a 390×844 phone: a resident finds 注册 on the home page, registers with the SMS code the embedded provider
/// delivered, signs the 诚信诉讼承诺书, signs in with a second SMS code and lands on 诉讼服务 under their own name (point 11).
/// </summary>
public sealed class SigningUpOnAPhone(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task A_resident_registers_confirms_the_phone_and_signs_in_by_sms_code_to_litigation_services()
    {
        var demo = SandboxRegistry.DemoSubjects.ToHashSet(StringComparer.Ordinal);
        var person = host.Services.GetRequiredService<PlatformRegistryData>().NaturalPersons.Where(p => !demo.Contains(p.ResidentIdNumber)).Skip(500).First();
        var page = await host.NewPageAsync(width: 390, height: 844);

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "当事人注册" }).ClickAsync();
        await page.GetByLabel("姓名").FillAsync(person.Name);
        await page.GetByLabel("居民身份证号码").FillAsync(person.ResidentIdNumber);
        await page.GetByLabel("手机号码").FillAsync(person.Phone);
        await page.GetByRole(AriaRole.Button, new() { Name = "获取短信验证码" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("验证码已发送至");
        await page.GetByLabel("短信验证码").FillAsync(await SmsSink.CodeSentToAsync(host, person.Phone));
        await page.GetByLabel("用户名").FillAsync("resident.phone");
        await page.GetByLabel("密码").FillAsync("Resident-Pass-2026");
        (await page.Locator(".pledge").InnerTextAsync()).ShouldContain("诚信诉讼承诺书");
        await page.GetByLabel("我已阅读并签署").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "注册", Exact = true }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain($"注册成功：{person.Name}");

        await page.GetByRole(AriaRole.Link, new() { Name = "登录", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "短信验证码登录" }).ClickAsync();
        await page.GetByLabel("手机号码").FillAsync(person.Phone);
        await page.GetByRole(AriaRole.Button, new() { Name = "获取短信验证码" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        await page.GetByLabel("短信验证码").FillAsync(await SmsSink.CodeSentToAsync(host, person.Phone, count: 2));
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).WaitForAsync();

        new Uri(page.Url).AbsolutePath.ShouldBe("/Portals/Litigation");
        var who = await page.Locator("header .who").InnerTextAsync();
        who.ShouldBe($"{person.Name}（当事人）");
        (await page.Locator("header").InnerTextAsync()).ShouldNotContain("resident.phone");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue();
    }
}
