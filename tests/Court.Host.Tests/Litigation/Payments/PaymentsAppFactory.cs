using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Court.Host.Litigation.Payments;
using Court.Host.Persistence;
using Court.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Litigation.Payments;

/// <summary>The host with a known sandbox secret (so tests sign as the bank would) and a listener that records every call.</summary>
public sealed class PaymentsAppFactory : CourtAppFactory
{
    public const string Secret = "sandbox-secret-for-tests";

    internal RecordingListener Listener { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Court:Payments:SandboxSecret", Secret);
        builder.ConfigureTestServices(s => s.AddSingleton<IFeePaymentListener>(Listener));
    }

    internal async Task<FeePayment> OpenAsync(decimal amount, Guid? filingId = null, string payer = "litigant")
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        var payerId = await db.Users.Where(u => u.UserName == payer).Select(u => u.Id).SingleAsync();
        return await scope.ServiceProvider.GetRequiredService<FeePayments>()
            .OpenAsync(filingId ?? Guid.CreateVersion7(), payerId, amount, "案件受理费", CancellationToken.None);
    }

    internal async Task<T> WithPaymentsAsync<T>(Func<FeePayments, Task<T>> act)
    {
        await using var scope = Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<FeePayments>());
    }

    internal async Task<T> WithDbAsync<T>(Func<CourtDb, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CourtDb>());
    }

    internal Task<FeePayment> ReloadAsync(Guid paymentId) =>
        WithDbAsync(db => db.FeePayments.AsNoTracking().SingleAsync(p => p.Id == paymentId));
}

/// <summary>Every <see cref="IFeePaymentListener.OnPaidAsync"/> call, with the payment as the listener saw it.</summary>
internal sealed class RecordingListener : IFeePaymentListener
{
    private readonly ConcurrentQueue<(Guid Id, FeePaymentStatus Status, DateTime? PaidAt)> _calls = new();

    public Task OnPaidAsync(FeePayment payment, CancellationToken ct)
    {
        _calls.Enqueue((payment.Id, payment.Status, payment.PaidAt));
        return Task.CompletedTask;
    }

    public IReadOnlyList<(Guid Id, FeePaymentStatus Status, DateTime? PaidAt)> CallsFor(Guid paymentId) =>
        _calls.Where(c => c.Id == paymentId).ToList();
}

/// <summary>A sandbox bank notification composed in the test from the wire format in docs/adr/0010, not from the host's code.</summary>
internal sealed record SignedNotification(string Body, string Timestamp, string Signature)
{
    /// <summary>Sent now by <paramref name="clock"/> (the host's), unless <paramref name="sentAt"/> says otherwise.</summary>
    public static SignedNotification For(TimeProvider clock, FeePayment payment, string? notificationId = null, long? amountFen = null,
        DateTimeOffset? sentAt = null, string key = PaymentsAppFactory.Secret, string? orderId = null)
    {
        var at = sentAt ?? clock.GetUtcNow();
        var body = JsonSerializer.Serialize(new
        {
            notificationId = notificationId ?? "TEST-" + Guid.NewGuid().ToString("N"),
            orderId = orderId ?? payment.ProviderOrderId,
            amountFen = amountFen ?? (long)(payment.Amount * 100),
            paidAt = at.ToString("O", CultureInfo.InvariantCulture),
            status = "SUCCESS",
        });
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return new SignedNotification(body, timestamp, Sign(key, timestamp, body));
    }

    public static string Sign(string key, string timestamp, string body) =>
        "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(timestamp + "." + body)));

    public async Task<HttpResponseMessage> PostAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/sandbox/notifications");
        request.Content = new StringContent(Body, Encoding.UTF8);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (Timestamp.Length > 0) request.Headers.Add("X-Sandbox-Timestamp", Timestamp);
        if (Signature.Length > 0) request.Headers.Add("X-Sandbox-Signature", Signature);
        return await client.SendAsync(request);
    }
}
