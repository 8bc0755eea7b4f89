namespace Court.Kernel.Notifications;

/// <summary>One text message. <paramref name="MessageId"/> is the client message id the provider deduplicates by.</summary>
public sealed record SmsMessage(Guid MessageId, string Phone, string Text);

/// <summary>The provider's answer. <paramref name="AlreadyDelivered"/>: the id had been delivered before and was not sent again.</summary>
public sealed record SmsReceipt(string ProviderMessageId, bool AlreadyDelivered);

/// <summary>
/// An SMS provider. Implementations must deduplicate by <see cref="SmsMessage.MessageId"/>: a message handed over twice
/// (the process died after the provider accepted it, before the outbox row was marked sent) is delivered once.
/// Throw <see cref="SmsRejectedException"/> for a message the provider will never accept; any other exception is transient.
/// </summary>
public interface ISmsGateway
{
    Task<SmsReceipt> SendAsync(SmsMessage message, CancellationToken ct);
}

/// <summary>The provider refused this message for good (e.g. an invalid number); retrying will not help.</summary>
public sealed class SmsRejectedException : Exception
{
    public SmsRejectedException() { }

    public SmsRejectedException(string message) : base(message) { }

    public SmsRejectedException(string message, Exception inner) : base(message, inner) { }
}
