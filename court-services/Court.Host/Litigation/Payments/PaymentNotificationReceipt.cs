namespace Court.Host.Litigation.Payments;

internal enum NotificationOutcome
{
    /// <summary>This notification moved the order from Pending to Paid.</summary>
    Paid,

    /// <summary>The order was already paid (by an earlier notification with another id).</summary>
    AlreadyPaid,

    /// <summary>The order had been cancelled: the money is recorded and the order is flagged for refund.</summary>
    PaidWhileCancelled,
}

/// <summary>
/// A verified provider notification, kept so the same notification id is acted on once (replay protection).
/// Refused notifications are not kept here; they are in the audit log.
/// </summary>
internal sealed class PaymentNotificationReceipt
{
    public const int NotificationIdMaxLength = 100;

    public Guid Id { get; set; }
    public required string ProviderName { get; set; }
    public required string NotificationId { get; set; }
    public Guid PaymentId { get; set; }
    public DateTime ReceivedAt { get; set; }
    public NotificationOutcome Outcome { get; set; }
}
