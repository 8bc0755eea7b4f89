using Microsoft.Playwright;

namespace Court.Browser.Tests.Verify;

/// <summary>
/// 文书核验 of the copy a party was given (issue 12 point 5): the litigant's watermarked 受理通知书 verifies as the copy the
/// court served to them, with the original's details; the same file changed by one byte is not found.
/// </summary>
public sealed class VerifyingAServedCopy(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string LoanCase = "0193a000-0000-7000-8000-000000000001";

    [Fact]
    public async Task The_litigants_copy_of_the_acceptance_notice_verifies_and_an_altered_one_does_not()
    {
        var copy = await LitigantsCopyOfTheAcceptanceNoticeAsync();
        var altered = copy.ToArray();
        altered[altered.Length / 2] ^= 0x01;

        var verdict = await VerifyOnThePageAsync(copy);
        var alteredVerdict = await VerifyOnThePageAsync(altered);

        verdict.ShouldContain("本院于");
        verdict.ShouldContain("向陈明送达的副本");
        verdict.ShouldContain("受理通知书");
        verdict.ShouldContain("厦门市思明区人民法院");
        alteredVerdict.ShouldContain("未找到");
    }

    private async Task<byte[]> LitigantsCopyOfTheAcceptanceNoticeAsync()
    {
        var page = await host.NewPageAsync(width: 390, height: 844);
        await SignIn.AsAsync(page, "litigant");
        await page.GotoAsync($"/Portals/Dossier/{LoanCase}");
        var row = page.Locator("[data-volume=open] tbody tr", new() { HasText = "受理通知书" });
        var download = await page.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Link, new() { Name = "下载" }).ClickAsync());
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        await page.Context.CloseAsync();
        return bytes;
    }

    private async Task<string> VerifyOnThePageAsync(byte[] file)
    {
        var page = await host.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync("/verify");
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "受理通知书.pdf", MimeType = "application/pdf", Buffer = file });
        await page.GetByRole(AriaRole.Button, new() { Name = "核验", Exact = true }).ClickAsync();
        var verdict = await page.Locator("[data-verdict]").InnerTextAsync();
        await page.Context.CloseAsync();
        return verdict;
    }
}
