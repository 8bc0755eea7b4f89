using System.Globalization;
using System.Text.Json;
using Court.Kernel;

namespace Court.Host.Litigation.Payments;

/// <summary>A notification as a bank's server sends it: the exact body bytes and the headers.</summary>
internal sealed record OutgoingNotification(byte[] Body, IReadOnlyDictionary<string, string> Headers);

/// <summary>
/// The bank side of the sandbox: what the bank would send the court when a payer confirms. It reads its orders from
/// the court's own table because the sandbox is embedded; a real bank keeps its own.
/// </summary>
internal sealed class SandboxBank(SandboxSecret secret, TimeProvider clock)
{
    public const string Payee = "人民法院诉讼费专户";

    public OutgoingNotification PaidNotification(FeePayment payment)
    {
        var now = clock.GetUtcNow();
        var body = JsonSerializer.SerializeToUtf8Bytes(new SandboxNotificationBody(
            "SBXN" + Guid.CreateVersion7().ToString("N").ToUpperInvariant(),
            payment.ProviderOrderId,
            Money.FromYuan(payment.Amount).Fen,
            now,
            SandboxSignature.PaidStatus));
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return new OutgoingNotification(body, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [SandboxSignature.TimestampHeader] = timestamp,
            [SandboxSignature.SignatureHeader] = SandboxSignature.Sign(secret.Key, timestamp, body),
        });
    }
}
