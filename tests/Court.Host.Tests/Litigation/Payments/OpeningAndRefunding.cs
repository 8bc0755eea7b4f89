using System.Net.Http.Json;
using Court.Host.Litigation.Payments;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Tests.Litigation.Payments;

[Trait("Category", "Persistence")]
public sealed class OpeningAndRefunding(PaymentsAppFactory app) : IClassFixture<PaymentsAppFactory>
{
    [Fact]
    public async Task Opening_again_for_the_same_filing_and_amount_returns_the_same_order()
    {
        var filingId = Guid.CreateVersion7();

        var first = await app.OpenAsync(1050.5m, filingId);
        var second = await app.OpenAsync(1050.50m, filingId);

        second.Id.ShouldBe(first.Id);
        second.ProviderOrderId.ShouldBe(first.ProviderOrderId);
        first.ProviderOrderId.ShouldMatch("^FY[0-9]{8}[0-9A-F]{16}$");
        (await LiveCountAsync(filingId)).ShouldBe(1);
        (await app.WithPaymentsAsync(p => p.FindForFilingAsync(filingId, CancellationToken.None)))!.Id.ShouldBe(first.Id);
    }

    [Fact]
    public async Task A_new_amount_cancels_the_pending_order_and_opens_another()
    {
        var filingId = Guid.CreateVersion7();
        var old = await app.OpenAsync(100m, filingId);

        var replacement = await app.OpenAsync(50m, filingId);

        replacement.Id.ShouldNotBe(old.Id);
        replacement.Status.ShouldBe(FeePaymentStatus.Pending);
        (await app.ReloadAsync(old.Id)).Status.ShouldBe(FeePaymentStatus.Cancelled);
        (await app.WithPaymentsAsync(p => p.FindForFilingAsync(filingId, CancellationToken.None)))!.Id.ShouldBe(replacement.Id);
    }

    [Fact]
    public async Task A_paid_order_is_returned_for_its_amount_and_a_different_amount_is_refused_in_Chinese()
    {
        var filingId = Guid.CreateVersion7();
        var payment = await PaidAsync(200m, filingId);

        (await app.OpenAsync(200m, filingId)).Id.ShouldBe(payment.Id);
        var refused = await Should.ThrowAsync<PaymentRefusedException>(() => app.OpenAsync(100m, filingId));

        refused.Message.ShouldContain("已交纳诉讼费 ¥200.00");
        (await app.ReloadAsync(payment.Id)).Status.ShouldBe(FeePaymentStatus.Paid);
    }

    [Fact]
    public async Task Concurrent_opens_for_one_filing_leave_one_live_order()
    {
        var filingId = Guid.CreateVersion7();

        var opened = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => app.OpenAsync(75m, filingId)));

        opened.Select(p => p.Id).Distinct().ShouldHaveSingleItem();
        (await LiveCountAsync(filingId)).ShouldBe(1);
    }

    [Fact]
    public async Task Half_of_a_halved_fee_is_refunded_and_more_than_what_remains_is_refused_in_Chinese()
    {
        var payment = await PaidAsync(1000m);

        var refund = await app.WithPaymentsAsync(p => p.RefundAsync(payment.Id, 500m, "适用简易程序，案件受理费减半收取", "halved-" + payment.Id, CancellationToken.None));

        refund.Status.ShouldBe(FeeRefundStatus.Completed);
        refund.ProviderRefundId.ShouldNotBeNullOrEmpty();
        refund.CompletedAt.ShouldNotBeNull();
        (await app.ReloadAsync(payment.Id)).RefundedAmount.ShouldBe(500m);

        var tooMuch = await Should.ThrowAsync<PaymentRefusedException>(
            () => app.WithPaymentsAsync(p => p.RefundAsync(payment.Id, 500.01m, "再次退费", "again-" + payment.Id, CancellationToken.None)));
        tooMuch.Message.ShouldContain("超过可退金额 ¥500.00");
        tooMuch.Slug.ShouldBe("refund-exceeds-payment");
        (await app.ReloadAsync(payment.Id)).RefundedAmount.ShouldBe(500m);
        (await RefundsAsync(payment.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task The_same_refund_asked_twice_refunds_once()
    {
        var payment = await PaidAsync(80m);
        var key = "halved-" + payment.Id;

        var first = await app.WithPaymentsAsync(p => p.RefundAsync(payment.Id, 40m, "调解结案减半", key, CancellationToken.None));
        var second = await app.WithPaymentsAsync(p => p.RefundAsync(payment.Id, 40m, "调解结案减半", key, CancellationToken.None));

        second.Id.ShouldBe(first.Id);
        (await app.ReloadAsync(payment.Id)).RefundedAmount.ShouldBe(40m);
        (await RefundsAsync(payment.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_refunds_never_together_exceed_what_was_paid()
    {
        var payment = await PaidAsync(100m);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 5).Select(async i =>
        {
            try
            {
                await app.WithPaymentsAsync(p => p.RefundAsync(payment.Id, 30m, "退费", $"c{i}-{payment.Id}", CancellationToken.None));
                return true;
            }
            catch (PaymentRefusedException)
            {
                return false;
            }
        }));

        attempts.Count(ok => ok).ShouldBe(3);
        (await app.ReloadAsync(payment.Id)).RefundedAmount.ShouldBe(90m);
    }

    [Fact]
    public async Task An_unpaid_fee_is_not_refunded()
    {
        var payment = await app.OpenAsync(60m);

        var refused = await Should.ThrowAsync<PaymentRefusedException>(
            () => app.WithPaymentsAsync(p => p.RefundAsync(payment.Id, 30m, "减半", "unpaid-" + payment.Id, CancellationToken.None)));

        refused.Message.ShouldBe("该笔费用尚未支付，无需退费。");
    }

    private async Task<FeePayment> PaidAsync(decimal amount, Guid? filingId = null)
    {
        var payment = await app.OpenAsync(amount, filingId);
        using var bank = app.CreateAnonymousClient();
        using var response = await SignedNotification.For(app.Clock, payment).PostAsync(bank);
        response.EnsureSuccessStatusCode();
        (await response.Content.ReadFromJsonAsync<PaymentNotificationAck>())!.Code.ShouldBe("SUCCESS");
        return await app.ReloadAsync(payment.Id);
    }

    private Task<int> LiveCountAsync(Guid filingId) =>
        app.WithDbAsync(db => db.FeePayments.CountAsync(p => p.FilingId == filingId && p.Status != FeePaymentStatus.Cancelled));

    private Task<int> RefundsAsync(Guid paymentId) => app.WithDbAsync(db => db.FeeRefunds.CountAsync(r => r.PaymentId == paymentId));
}
