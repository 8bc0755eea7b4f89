using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Court.Host.Litigation.Payments;

/// <summary>
/// The sandbox bank's notification as it travels: JSON, signed with HMAC-SHA256 over
/// <c>timestamp + "." + body</c> (the exact bytes), key <see cref="SandboxSecret"/>; see docs/adr/0010.
/// </summary>
internal sealed record SandboxNotificationBody(
    [property: JsonPropertyName("notificationId")] string? NotificationId,
    [property: JsonPropertyName("orderId")] string? OrderId,
    [property: JsonPropertyName("amountFen")] long? AmountFen,
    [property: JsonPropertyName("paidAt")] DateTimeOffset? PaidAt,
    [property: JsonPropertyName("status")] string? Status);

internal static class SandboxSignature
{
    public const string TimestampHeader = "X-Sandbox-Timestamp";
    public const string SignatureHeader = "X-Sandbox-Signature";
    public const string Scheme = "v1=";
    public const string PaidStatus = "SUCCESS";

    /// <summary>How far a notification's timestamp may be from the court's clock.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static string Sign(byte[] key, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(timestamp + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return Scheme + Convert.ToHexStringLower(HMACSHA256.HashData(key, message));
    }
}

/// <summary>
/// The embedded payment provider. Its bank side is <see cref="SandboxBank"/> and the page <c>/SandboxBank/Pay/{id}</c>;
/// this is the court side: where the payer is sent, how a notification is verified, and refunds (completed at once).
/// </summary>
internal sealed class SandboxPaymentProvider(SandboxSecret secret, TimeProvider clock) : IPaymentProvider
{
    public const string ProviderName = "sandbox";

    public string Name => ProviderName;

    public Task<string> StartAsync(FeePayment payment, string returnUrl, CancellationToken ct) =>
        Task.FromResult($"/SandboxBank/Pay/{payment.Id}?returnUrl={Uri.EscapeDataString(returnUrl)}");

    public NotificationCheck VerifyNotification(ReadOnlyMemory<byte> rawBody, IReadOnlyDictionary<string, string> headers)
    {
        if (!headers.TryGetValue(SandboxSignature.TimestampHeader, out var timestamp) || string.IsNullOrWhiteSpace(timestamp)
            || !headers.TryGetValue(SandboxSignature.SignatureHeader, out var signature) || string.IsNullOrWhiteSpace(signature))
            return NotificationCheck.Refused("SignatureMissing", "通知缺少签名或时间戳，已拒收。");
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return NotificationCheck.Refused("Malformed", "通知时间戳格式不正确，已拒收。");

        var expected = Encoding.ASCII.GetBytes(SandboxSignature.Sign(secret.Key, timestamp, rawBody.Span));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature.Trim())))
            return NotificationCheck.Refused("BadSignature", "通知签名无效，已拒收。");

        DateTimeOffset sentAt;
        try
        {
            sentAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        }
        catch (ArgumentOutOfRangeException)
        {
            return NotificationCheck.Refused("Malformed", "通知时间戳格式不正确，已拒收。");
        }
        if ((clock.GetUtcNow() - sentAt).Duration() > SandboxSignature.Tolerance)
            return NotificationCheck.Refused("Stale", "通知时间戳与法院时间相差超过5分钟，已拒收，请重新签名后发送。");

        SandboxNotificationBody? body;
        try
        {
            body = JsonSerializer.Deserialize<SandboxNotificationBody>(rawBody.Span);
        }
        catch (JsonException)
        {
            body = null;
        }
        if (body is not { NotificationId.Length: > 0 and <= PaymentNotificationReceipt.NotificationIdMaxLength, OrderId.Length: > 0 and <= 64,
                AmountFen: > 0, PaidAt: not null, Status.Length: > 0 })
            return NotificationCheck.Refused("Malformed", "通知内容不完整或格式不正确，已拒收。");
        if (body.Status != SandboxSignature.PaidStatus)
            return NotificationCheck.Refused("UnsupportedStatus", $"不支持的通知状态：{body.Status}，法院只受理支付成功的通知。");

        return NotificationCheck.Valid(new PaymentNotice(body.NotificationId!, body.OrderId!, body.AmountFen.Value, body.PaidAt.Value.UtcDateTime));
    }

    public Task<ProviderRefundResult> RefundAsync(FeePayment payment, FeeRefund refund, CancellationToken ct) =>
        // The sandbox account always has the money: the refund completes at once, its id derived from ours (so a retry is the same refund).
        Task.FromResult(new ProviderRefundResult(true, "SBXR" + refund.Id.ToString("N").ToUpperInvariant(), null));
}
