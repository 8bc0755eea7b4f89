using System.Net;
using AngleSharp.Html.Dom;
using Court.Host.Litigation.Payments;
using Court.Host.Tests.Jobs;

namespace Court.Host.Tests.Litigation.Payments;

[Trait("Category", "Persistence")]
public sealed class PayingAtTheSandboxBank(PaymentsAppFactory app) : IClassFixture<PaymentsAppFactory>
{
    private const string ReturnUrl = "/Portals/Litigation?filing=1";

    [Fact]
    public async Task A_litigant_confirms_at_the_sandbox_bank_and_the_fee_is_paid_and_the_listener_told_once()
    {
        var payment = await app.OpenAsync(5050m);
        using var browser = await app.SignInAsync("litigant");
        var payUrl = await app.WithPaymentsAsync(p => Task.FromResult(p.PayUrl(payment, ReturnUrl)));

        using var toBank = await browser.GetAsync(new Uri(payUrl, UriKind.Relative));
        toBank.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var bankPath = toBank.Headers.Location!.OriginalString;
        bankPath.ShouldStartWith($"/SandboxBank/Pay/{payment.Id}");

        var page = await browser.GetPageAsync(bankPath);
        page.Title!.ShouldContain("模拟银行（沙箱）");
        page.Body!.TextContent.ShouldContain("人民法院诉讼费专户");
        page.QuerySelector("#amount")!.TextContent.ShouldContain("¥5,050.00");
        page.QuerySelector("#amount")!.TextContent.ShouldContain("伍仟零伍拾元整");
        page.QuerySelector("#order")!.TextContent.ShouldBe(payment.ProviderOrderId);
        page.QuerySelector("#cancel").ShouldNotBeNull().TextContent.ShouldContain("取消支付");

        using var confirmed = await browser.SubmitAsync((IHtmlFormElement)page.QuerySelector("#confirm")!, bankPath);

        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        confirmed.Headers.Location!.OriginalString.ShouldBe(ReturnUrl);
        var paid = await app.ReloadAsync(payment.Id);
        paid.Status.ShouldBe(FeePaymentStatus.Paid);
        paid.PaidAt.ShouldNotBeNull();
        var call = app.Listener.CallsFor(payment.Id).ShouldHaveSingleItem();
        call.Status.ShouldBe(FeePaymentStatus.Paid);

        var again = await browser.GetPageAsync(bankPath);
        again.QuerySelector("#confirm").ShouldBeNull();
        again.QuerySelector("#state")!.TextContent.ShouldContain("已支付");
    }

    [Fact]
    public async Task Cancelling_at_the_bank_returns_the_payer_only_to_a_local_address_and_leaves_the_fee_unpaid()
    {
        var payment = await app.OpenAsync(50m);
        using var browser = app.CreateAnonymousClient();
        var bankPath = $"/SandboxBank/Pay/{payment.Id}?returnUrl={Uri.EscapeDataString("https://evil.example/steal")}";

        var page = await browser.GetPageAsync(bankPath);
        using var cancelled = await browser.SubmitAsync((IHtmlFormElement)page.QuerySelector("#cancel")!, bankPath);

        cancelled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        cancelled.Headers.Location!.OriginalString.ShouldBe("/");
        (await app.ReloadAsync(payment.Id)).Status.ShouldBe(FeePaymentStatus.Pending);
        app.Listener.CallsFor(payment.Id).ShouldBeEmpty();
    }

    [Fact]
    public async Task Confirming_without_the_antiforgery_token_is_refused()
    {
        var payment = await app.OpenAsync(50m);
        using var browser = app.CreateAnonymousClient();

        using var forged = await browser.PostAsync(new Uri($"/SandboxBank/Pay/{payment.Id}?handler=Confirm", UriKind.Relative),
            new FormUrlEncodedContent([]));

        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.ReloadAsync(payment.Id)).Status.ShouldBe(FeePaymentStatus.Pending);
    }

    [Fact]
    public async Task Only_the_payer_is_sent_on_to_the_bank()
    {
        var payment = await app.OpenAsync(50m);
        using var lawyer = await app.SignInAsync("lawyer");
        var payUrl = await app.WithPaymentsAsync(p => Task.FromResult(p.PayUrl(payment, ReturnUrl)));

        using var response = await lawyer.GetAsync(new Uri(payUrl, UriKind.Relative));

        // A browser is shown the site's access-denied page, as for any page it may not open.
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
    }
}
