using System.Text.RegularExpressions;
using Court.Browser.Tests.Litigation;
using Microsoft.Playwright;

namespace Court.Browser.Tests.Filing;

/// <summary>
/// The acceptance journey of 网上立案, all in the browser: the litigant on a phone files a 民间借贷 case through the guided interview
/// (the hotel filled in through the gov-data bridge), sees the fee and pays it at the sandbox bank; the clerk at a desk asks for a
/// correction; the litigant reads what to correct and by when, corrects and resubmits; the clerk accepts; the litigant sees the case
/// number, the 受理通知书 served to the inbox, and the case's progress from filing to acceptance.
/// </summary>
public sealed partial class FromFilingToCaseNumber(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string CorrectedFacts = "被告于2025年6月1日向原告借款200,000元，约定于2025年12月1日前归还，有借条为证，到期未还。";

    [Fact]
    public async Task A_litigant_files_pays_corrects_and_finds_the_case_number_the_acceptance_notice_and_the_progress()
    {
        var litigant = await host.NewPageAsync(width: 390, height: 844);
        await SignIn.AsAsync(litigant, "litigant");
        await GuidedFiling.StartAsync(litigant);
        await GuidedFiling.TryToGoOnWithNothingAnsweredAsync(litigant);
        await GuidedFiling.AnswerTheInterviewAsync(litigant);
        await GuidedFiling.NameTheHotelAsDefendantAsync(litigant);
        var courtCode = await GuidedFiling.ChooseTheCourtAsync(litigant);
        await GuidedFiling.FillTheComplaintAsync(litigant);
        await GuidedFiling.PassTheMaterialsAsync(litigant);
        await GuidedFiling.SeeTheFeeAndSubmitAsync(litigant);
        await GuidedFiling.PayAtTheSandboxBankAsync(litigant);
        var statusPath = new Uri(litigant.Url).AbsolutePath;
        var filingId = Guid.Parse(StatusPath().Match(statusPath).Groups["id"].Value);
        var reference = await litigant.Locator("[data-test=reference]").InnerTextAsync();

        var clerk = await host.NewPageAsync();
        await SignIn.AsAsync(clerk, "clerk");
        var (_, fee) = await ClerkReview.OpenFromTheQueueAsync(clerk, filingId, reference);
        fee.ShouldBe("已交费");
        (await clerk.Locator("#parties").InnerTextAsync()).ShouldContain(GuidedFiling.Hotel);
        await ClerkReview.RequestACorrectionByStepAsync(clerk, new Dictionary<string, string[]>
        {
            ["Complaint"] = ["请在事实与理由中写明约定的还款日期"], ["Materials"] = ["请上传借条的照片"],
        });
        var clerkSawDeadline = await clerk.Locator("[data-test=correct-by]").InnerTextAsync();

        await litigant.GotoAsync(statusPath);
        (await litigant.Locator("[data-test=status-name]").InnerTextAsync()).ShouldBe("待补正");
        var correction = litigant.Locator("[data-test=correction]");
        (await correction.Locator("li").AllInnerTextsAsync()).ShouldBe(["材料：请上传借条的照片 去修改", "起诉要素：请在事实与理由中写明约定的还款日期 去修改"],
            ignoreOrder: true);
        (await correction.Locator("[data-test=correct-by]").InnerTextAsync()).ShouldBe(clerkSawDeadline);
        await GuidedFiling.FitsTheScreenAsync(litigant);

        // The correction is mended where it belongs, without walking the six steps again (issue 12 point 13).
        var screens = ScreenCount.Of(litigant);
        await correction.Locator("li", new() { HasText = "起诉要素" }).GetByRole(AriaRole.Link, new() { Name = "去修改" }).ClickAsync();
        (await litigant.Locator("[data-test=correction-pending]").InnerTextAsync()).ShouldContain(clerkSawDeadline);
        (await litigant.Locator("[data-test=correction-here] li").AllInnerTextsAsync()).ShouldBe(["请在事实与理由中写明约定的还款日期"]);
        var facts = litigant.Locator("[data-field=factsAndReasons] textarea");
        (await facts.InputValueAsync()).ShouldBe(GuidedFiling.FactsAndReasons);
        await facts.FillAsync(CorrectedFacts);
        await GuidedFiling.NextAsync(litigant, "保存并返回确认");
        await litigant.Locator("[data-test=correction-items]").WaitForAsync();
        await litigant.Locator("[data-test=correction-items] li", new() { HasText = "材料" }).GetByRole(AriaRole.Link, new() { Name = "去修改" }).ClickAsync();
        (await litigant.Locator("[data-test=correction-here] li").AllInnerTextsAsync()).ShouldBe(["请上传借条的照片"]);
        await litigant.Locator("select[name=category]").SelectOptionAsync(new SelectOptionValue { Label = "证据材料" });
        await litigant.GetByLabel("材料名称").FillAsync("借条");
        await litigant.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "借条.png", MimeType = "image/png",
            Buffer = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGM4oKCAFTEMLQkAKj9AAXjm1WMAAAAASUVORK5CYII="),
        });
        await litigant.GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();
        (await litigant.Locator("[data-test=uploaded]").InnerTextAsync()).ShouldContain("借条");
        (await litigant.Locator("[data-test=documents]").InnerTextAsync()).ShouldContain("借条");
        await GuidedFiling.FitsTheScreenAsync(litigant);
        await GuidedFiling.NextAsync(litigant, "保存并返回确认");
        (await litigant.Locator("[data-test=facts]").InnerTextAsync()).ShouldBe(CorrectedFacts);
        await GuidedFiling.SeeTheFeeAndSubmitAsync(litigant, "重新提交");
        // Before issue 12: 8 screens from the status page (您的情况, 当事人, 管辖法院, 起诉要素, 材料, 材料 after the upload, 确认, status).
        Console.WriteLine($"CORRECTION SCREENS {screens.Count}: {string.Join(" > ", screens.Screens)}");
        screens.Count.ShouldBeLessThanOrEqualTo(6, string.Join(" > ", screens.Screens));
        var versions = await litigant.Locator("[data-test=documents] li", new() { HasText = "起诉状" }).Locator("[data-test=version]").AllInnerTextsAsync();
        versions.ShouldBe(["第2版（现行）", "第1版（已被新版取代）"], ignoreOrder: true);
        (await litigant.Locator("[data-test=status-name]").InnerTextAsync()).ShouldBe("待审查");
        (await litigant.Locator("[data-test=payment-status]").InnerTextAsync()).ShouldBe("已交费");
        (await litigant.Locator("[data-test=correction]").CountAsync()).ShouldBe(0);

        await ClerkReview.OpenFromTheQueueAsync(clerk, filingId, reference);
        (await clerk.Locator("#elements").InnerTextAsync()).ShouldContain(CorrectedFacts);
        (await clerk.Locator("#materials").InnerTextAsync()).ShouldContain("借条");
        var caseNumber = await ClerkReview.AcceptAsync(clerk, "王审判");
        caseNumber.ShouldContain($"{courtCode}民初");
        await clerk.Context.CloseAsync();

        await litigant.GotoAsync(statusPath);
        var accepted = litigant.Locator("[data-test=accepted]");
        (await accepted.Locator("[data-test=case-number]").InnerTextAsync()).ShouldBe(caseNumber);
        await GuidedFiling.FitsTheScreenAsync(litigant);

        await accepted.GetByRole(AriaRole.Link, new() { Name = "我的文书" }).ClickAsync();
        var notice = litigant.Locator("#served-documents tr", new() { HasText = "受理通知书" });
        (await notice.Locator("[data-label=案号]").InnerTextAsync()).ShouldBe(caseNumber);
        (await notice.Locator("[data-label=状态]").InnerTextAsync()).ShouldBe("未查阅");
        var link = await notice.GetByRole(AriaRole.Link, new() { Name = "查阅文书" }).GetAttributeAsync("href") ?? "";
        link.ShouldMatch(@"^/service/[0-9a-f-]{36}$");
        await litigant.GotoAsync(link);
        litigant.Url.ShouldContain("/Read/");
        var pdfUrl = await litigant.Locator(".pdf-reader").GetAttributeAsync("data-pdf") ?? "";
        var opened = await litigant.Context.APIRequest.GetAsync(pdfUrl);
        opened.Status.ShouldBe(200);
        opened.Headers["content-type"].ShouldStartWith("application/pdf");
        (await opened.BodyAsync())[..5].ShouldBe("%PDF-"u8.ToArray());
        await litigant.GoBackAsync();
        await litigant.ReloadAsync();
        (await notice.Locator("[data-label=状态]").InnerTextAsync()).ShouldStartWith("已查阅");
        await GuidedFiling.FitsTheScreenAsync(litigant);

        await litigant.GotoAsync(statusPath);
        await litigant.Locator("[data-test=accepted]").GetByRole(AriaRole.Link, new() { Name = "查看案件进度" }).ClickAsync();
        litigant.Url.ShouldMatch(@"/Portals/Cases/[0-9a-f-]{36}/Progress$");
        (await litigant.Locator("main").InnerTextAsync()).ShouldContain(caseNumber);
        // The timeline shows the latest first; read from the bottom it is the order things happened in.
        var happened = (await litigant.Locator("[data-test=timeline] li strong").AllInnerTextsAsync()).Reverse().ToList();
        happened.ShouldBe(["已提交立案申请", "已交费", "通知补正", "立案审查中", "已立案", "已分案"]);
        var times = (await litigant.Locator("[data-test=timeline] li time").EvaluateAllAsync<string[]>("ts => ts.map(t => t.dateTime)"))
            .Select(t => DateTimeOffset.Parse(t, System.Globalization.CultureInfo.InvariantCulture)).Reverse().ToList();
        times.ShouldBe([.. times.Order()]);
        await GuidedFiling.FitsTheScreenAsync(litigant);
        await litigant.Context.CloseAsync();
    }

    [GeneratedRegex(@"^/Portals/Filing/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex StatusPath();
}
