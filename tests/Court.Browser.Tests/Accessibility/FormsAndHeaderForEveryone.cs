using Microsoft.Playwright;

namespace Court.Browser.Tests.Accessibility;

/// <summary>
/// Issue 12 point 23: an error is tied to its field and focus goes to it; a skip link comes first; the header does not overflow
/// sideways at 200 % text size, on a desktop or a phone.
/// </summary>
public sealed class FormsAndHeaderForEveryone(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task A_field_in_error_is_marked_invalid_described_by_its_message_and_focused()
    {
        var page = await host.NewPageAsync();
        await SignIn.AsAsync(page, "lawyer");
        await page.GotoAsync("/Portals/Filing");
        await page.Locator("input[name=ClientName]").FillAsync("陈明");
        await page.Locator("input[name=ClientIdentifierNumber]").FillAsync("12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "开始网上立案" }).ClickAsync();

        var message = page.Locator("[data-test=client-id-error]");
        await message.WaitForAsync();
        var field = page.Locator("input[name=ClientIdentifierNumber]");
        (await field.GetAttributeAsync("aria-invalid")).ShouldBe("true");
        var describedBy = (await field.GetAttributeAsync("aria-describedby"))!.Split(' ');
        describedBy.ShouldContain((await message.GetAttributeAsync("id"))!);
        (await page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('name')")).ShouldBe("ClientIdentifierNumber");
        (await page.Locator("input[name=ClientName]").GetAttributeAsync("aria-invalid")).ShouldBeNull();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_refused_sign_in_moves_focus_to_the_message()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名").FillAsync("judge");
        await page.GetByLabel("密码").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.GetByRole(AriaRole.Alert).WaitForAsync();

        (await page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('role')")).ShouldBe("alert");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Portals/Litigation")]
    public async Task The_first_tab_reaches_the_skip_link_which_leads_to_the_main_content(string path)
    {
        var page = await host.NewPageAsync();
        await SignIn.AsAsync(page, "litigant");
        await page.GotoAsync(path);

        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()")).ShouldBe("跳到主要内容");
        await page.Keyboard.PressAsync("Enter");

        (await page.EvaluateAsync<string?>("() => document.activeElement?.id")).ShouldBe("main");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("litigant", 1280)]
    [InlineData("litigant", 390)]
    [InlineData("judge", 390)]
    [InlineData("admin", 390)]
    [InlineData(null, 390)]
    public async Task The_header_does_not_overflow_sideways_at_200_percent_text(string? userName, int width)
    {
        var page = await host.NewPageAsync(width: width, height: 800);
        if (userName is not null) await SignIn.AsAsync(page, userName);
        else await page.GotoAsync("/");

        await page.EvaluateAsync("() => { document.documentElement.style.fontSize = '200%'; }");

        var header = await page.EvaluateAsync<int[]>("() => { const h = document.querySelector('header.top'); return [h.scrollWidth, h.clientWidth]; }");
        header[0].ShouldBeLessThanOrEqualTo(header[1], "header.top scrollWidth > clientWidth; too wide: " + await TooWideAsync(page));
        var whole = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        whole[0].ShouldBeLessThanOrEqualTo(whole[1], "the page scrolls sideways; too wide: " + await TooWideAsync(page));
        await page.Context.CloseAsync();
    }

    private static Task<string> TooWideAsync(IPage page) => page.EvaluateAsync<string>("""
        () => [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .slice(0, 8).map(e => { let c = []; for (let p = e; p && p !== document.body; p = p.parentElement) { const r = p.getBoundingClientRect(); c.push(p.tagName.toLowerCase() + (p.className ? '.' + p.className : '') + '[' + Math.round(r.left) + '+' + Math.round(r.width) + ' mw=' + getComputedStyle(p).maxWidth + ']'); } return c.join(' < '); }).join(' || ')
        """);
}
