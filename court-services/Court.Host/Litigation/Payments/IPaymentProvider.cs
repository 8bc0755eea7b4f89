namespace Court.Host.Litigation.Payments;

/// <summary>A notification whose signature, freshness and shape the provider has verified. <see cref="PaidAt"/> is UTC.</summary>
internal sealed record PaymentNotice(string NotificationId, string ProviderOrderId, long AmountFen, DateTime PaidAt);

/// <summary>What <see cref="IPaymentProvider.VerifyNotification"/> found: a notice, or a stable code and a Chinese reason.</summary>
internal sealed record NotificationCheck(PaymentNotice? Notice, string? RefusalCode, string? Reason)
{
    public static NotificationCheck Valid(PaymentNotice notice) => new(notice, null, null);

    public static NotificationCheck Refused(string code, string reason) => new(null, code, reason);
}

/// <summary>The provider's answer to a refund: completed (with its refund id) or refused (with its reason).</summary>
internal sealed record ProviderRefundResult(bool Completed, string? ProviderRefundId, string? FailureReason);

/// <summary>
/// A bank or payment platform that collects court fees. The court trusts what arrives on its callback only because
/// the provider verifies it here; nothing about the caller (address, headers other than the signature) counts.
/// </summary>
internal interface IPaymentProvider
{
    /// <summary>Stable, lower-case; stored on every payment and part of the callback route.</summary>
    string Name { get; }

    /// <summary>Prepares the order with the provider and returns where the payer goes to pay it; the provider sends the payer back to <paramref name="returnUrl"/>.</summary>
    Task<string> StartAsync(FeePayment payment, string returnUrl, CancellationToken ct);

    /// <summary>Checks a callback exactly as received. Never throws for bad input.</summary>
    NotificationCheck VerifyNotification(ReadOnlyMemory<byte> rawBody, IReadOnlyDictionary<string, string> headers);

    /// <summary>Returns <paramref name="refund"/>'s amount to the payer. Calling it again for the same refund id must not pay twice.</summary>
    Task<ProviderRefundResult> RefundAsync(FeePayment payment, FeeRefund refund, CancellationToken ct);
}

/// <summary>
/// Told about every verified notification of a paid payment, after the Paid state is committed — again for a replayed
/// notification, so whatever failed after the commit is healed by the provider's retry. Implementations must be idempotent.
/// </summary>
internal interface IFeePaymentListener
{
    Task OnPaidAsync(FeePayment payment, CancellationToken ct);
}
