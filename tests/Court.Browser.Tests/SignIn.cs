using Microsoft.Playwright;

namespace Court.Browser.Tests;

internal static class SignIn
{
    public static async Task AsAsync(IPage page, string userName)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(BrowserHost.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        // The sign-out button is in the header only once signed in; waiting on it avoids racing the page's load event.
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).WaitForAsync();
    }
}
