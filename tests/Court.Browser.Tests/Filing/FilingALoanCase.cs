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
        Console.WriteLine($"SCREENS {screens.Count}: {string.Join(" > ", screens.Screens)}");
        await page.Context.CloseAsync();
    }
}
