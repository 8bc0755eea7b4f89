using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Court.Host.Litigation.Payments;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Tests.Litigation.Payments;

/// <summary>The callback <c>POST /api/payments/sandbox/notifications</c> as the bank's server calls it, with real signed bodies.</summary>
[Trait("Category", "Persistence")]
public sealed class ReceivingNotifications(PaymentsAppFactory app) : IClassFixture<PaymentsAppFactory>
{
    [Fact]
    public async Task A_signed_notification_marks_the_fee_paid_and_its_replay_changes_nothing_but_tells_the_listener_again()
    {
        var payment = await app.OpenAsync(120m);
        using var bank = app.CreateAnonymousClient();
        var notification = SignedNotification.For(app.Clock, payment);

        using var first = await notification.PostAsync(bank);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("SUCCESS");
        var paid = await app.ReloadAsync(payment.Id);
        paid.Status.ShouldBe(FeePaymentStatus.Paid);

        using var replay = await notification.PostAsync(bank);
        replay.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("SUCCESS");

        var after = await app.ReloadAsync(payment.Id);
        after.Version.ShouldBe(paid.Version);
        after.PaidAt.ShouldBe(paid.PaidAt);
        (await ReceiptsAsync(payment.Id)).ShouldBe([NotificationOutcome.Paid]);
        var calls = app.Listener.CallsFor(payment.Id);
        calls.Count.ShouldBe(2);
        calls.ShouldAllBe(c => c.Status == FeePaymentStatus.Paid && c.PaidAt == paid.PaidAt);
    }

    public static TheoryData<string> BadNotifications() =>
        ["tampered body", "wrong key", "no signature", "stale timestamp", "future timestamp", "wrong amount", "unknown order", "not JSON"];

    [Theory]
    [MemberData(nameof(BadNotifications))]
    public async Task A_bad_notification_gets_a_Chinese_problem_and_changes_nothing(string flaw)
    {
        var payment = await app.OpenAsync(88.8m);
        using var bank = app.CreateAnonymousClient();
        var good = SignedNotification.For(app.Clock, payment);
        var bad = flaw switch
        {
            "tampered body" => good with { Body = good.Body.Replace("8880", "1", StringComparison.Ordinal) },
            "wrong key" => SignedNotification.For(app.Clock, payment, key: "someone-elses-secret"),
            "no signature" => good with { Signature = "" },
            "stale timestamp" => SignedNotification.For(app.Clock, payment, sentAt: app.Clock.GetUtcNow().AddMinutes(-6)),
            "future timestamp" => SignedNotification.For(app.Clock, payment, sentAt: app.Clock.GetUtcNow().AddMinutes(6)),
            "wrong amount" => SignedNotification.For(app.Clock, payment, amountFen: 100),
            "unknown order" => SignedNotification.For(app.Clock, payment, orderId: "FY20260101DEADBEEFDEADBEEF"),
            "not JSON" => Resigned(good, "<xml>8880</xml>"),
            _ => throw new ArgumentOutOfRangeException(nameof(flaw)),
        };
        var auditedBefore = await RefusalsAsync();

        using var response = await bad.PostAsync(bank);

        ((int)response.StatusCode).ShouldBeInRange(400, 499);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("type").GetString().ShouldStartWith("/problems/");
        problem.GetProperty("detail").GetString()!.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
        var unchanged = await app.ReloadAsync(payment.Id);
        unchanged.Status.ShouldBe(FeePaymentStatus.Pending);
        unchanged.PaidAt.ShouldBeNull();
        (await ReceiptsAsync(payment.Id)).ShouldBeEmpty();
        app.Listener.CallsFor(payment.Id).ShouldBeEmpty();
        (await RefusalsAsync()).ShouldBe(auditedBefore + 1);
    }

    [Fact]
    public async Task Money_taken_for_a_cancelled_order_is_recorded_and_flagged_for_refund_and_never_counts_as_paid()
    {
        var filingId = Guid.CreateVersion7();
        var old = await app.OpenAsync(100m, filingId);
        var current = await app.OpenAsync(50m, filingId);
        using var bank = app.CreateAnonymousClient();

        using var response = await SignedNotification.For(app.Clock, old).PostAsync(bank);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var cancelled = await app.ReloadAsync(old.Id);
        cancelled.Status.ShouldBe(FeePaymentStatus.Cancelled);
        cancelled.PaidAt.ShouldNotBeNull();
        cancelled.RefundDue.ShouldBeTrue();
        (await ReceiptsAsync(old.Id)).ShouldBe([NotificationOutcome.PaidWhileCancelled]);
        app.Listener.CallsFor(old.Id).ShouldBeEmpty();
        (await app.ReloadAsync(current.Id)).Status.ShouldBe(FeePaymentStatus.Pending);

        var refund = await app.WithPaymentsAsync(p => p.RefundAsync(old.Id, 100m, "订单已作废，退还误付款", "refund-" + old.Id, CancellationToken.None));
        refund.Status.ShouldBe(FeeRefundStatus.Completed);
        (await app.ReloadAsync(old.Id)).RefundDue.ShouldBeFalse();
    }

    [Fact]
    public async Task Concurrent_notifications_for_one_order_make_exactly_one_Paid_transition()
    {
        var payment = await app.OpenAsync(300m);
        using var bank = app.CreateAnonymousClient();
        var distinct = Enumerable.Range(0, 4).Select(_ => SignedNotification.For(app.Clock, payment)).ToList();
        var deliveries = distinct.Concat(distinct).ToList(); // each id twice: a bank retrying while the first is in flight

        var responses = await Task.WhenAll(deliveries.Select(n => n.PostAsync(bank)));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        foreach (var r in responses) r.Dispose();
        var outcomes = await ReceiptsAsync(payment.Id);
        outcomes.Count.ShouldBe(4);
        outcomes.Count(o => o == NotificationOutcome.Paid).ShouldBe(1);
        outcomes.Count(o => o == NotificationOutcome.AlreadyPaid).ShouldBe(3);
        var paid = await app.ReloadAsync(payment.Id);
        paid.Status.ShouldBe(FeePaymentStatus.Paid);
        paid.Version.ShouldBe(1);
        app.Listener.CallsFor(payment.Id).Count.ShouldBe(deliveries.Count);
    }

    private static SignedNotification Resigned(SignedNotification n, string body) =>
        n with { Body = body, Signature = SignedNotification.Sign(PaymentsAppFactory.Secret, n.Timestamp, body) };

    private Task<List<NotificationOutcome>> ReceiptsAsync(Guid paymentId) =>
        app.WithDbAsync(db => db.PaymentNotificationReceipts.Where(r => r.PaymentId == paymentId).Select(r => r.Outcome).ToListAsync());

    private Task<int> RefusalsAsync() =>
        app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == PaymentNotifications.AuditAction && a.Outcome.StartsWith("Refused")));
}
