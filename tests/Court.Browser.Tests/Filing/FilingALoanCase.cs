namespace Court.Browser.Tests.Filing;

/// <summary>
/// 网上立案 on a phone: the litigant files a 民间借贷 case through the guided interview, the hotel is filled in from its credit code,
/// the fee is shown and paid at the sandbox bank, and the filing waits for review with the fee paid.
/// </summary>
public sealed class FilingALoanCase(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task A_litigant_files_a_private_lending_case_against_the_hotel_and_pays_the_fee_on_a_phone()
    {
        var page = await host.NewPageAsync(width: 390, height: 844);
        await SignIn.AsAsync(page, "litigant");
        var screens = ScreenCount.Of(page);

        await GuidedFiling.StartAsync(page);
        await GuidedFiling.AnswerTheInterviewAsync(page);
        await GuidedFiling.NameTheHotelAsDefendantAsync(page);
        await GuidedFiling.ChooseTheCourtAsync(page);
        await GuidedFiling.FillTheComplaintAsync(page);
        await GuidedFiling.PassTheMaterialsAsync(page);
        await GuidedFiling.SeeTheFeeAndSubmitAsync(page);
        await GuidedFiling.PayAtTheSandboxBankAsync(page);
        // Before issue 12: 14 screens (portal, 我的立案申请, 3 × 您的情况, 2 × 当事人, 管辖法院, 起诉要素, 材料, 确认, status, bank, status).
        // 开始网上立案 is now on the portal itself, so 我的立案申请 is no longer on the way, and the interview's later question appears on
        // the screen of the answers it follows from (ADR 0019).
        Console.WriteLine($"SCREENS {screens.Count}: {string.Join(" > ", screens.Screens)}");
        screens.Count.ShouldBeLessThanOrEqualTo(12, string.Join(" > ", screens.Screens));
        await page.Context.CloseAsync();
    }
}
