namespace Court.Host.Notifications;

internal enum SmsStatus
{
    Pending,
    Sent,

    /// <summary>The provider refused it for good (e.g. an invalid number); not retried.</summary>
    Rejected,
}

/// <summary>
/// A text message waiting in the outbox. Stored in the same transaction as the notification it belongs to,
/// sent by the <c>sms.dispatch</c> job; <see cref="Id"/> is the client message id the provider deduplicates by.
/// </summary>
internal sealed class SmsOutboxMessage
{
    public const int PhoneMaxLength = 32;
    public const int TextMaxLength = 500;

    public Guid Id { get; set; }
    /// <summary>The account it is for; null for a code sent to a phone no account holds yet (registration, ADR 0018).</summary>
    public Guid? UserId { get; set; }
    public Guid? NotificationId { get; set; }
    public required string Phone { get; set; }
    public required string Text { get; set; }
    public SmsStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
    public string? ProviderMessageId { get; set; }
    public string? LastError { get; set; }
    public string? IdempotencyKey { get; set; }

    /// <summary>
    /// China's SMS convention: the sender's signature in 【】 before the text. The phone is not signed in, so the text says where
    /// the message waits; the in-portal copy need not.
    /// </summary>
    public static string Compose(string title, string body)
    {
        const string whereToRead = "详情请登录诉讼服务平台，在“我的消息”中查看。";
        var head = $"【智慧法院】{title}：";
        var room = TextMaxLength - head.Length - whereToRead.Length;
        return head + (body.Length <= room ? body : body[..(room - 1)] + "…") + whereToRead;
    }
}
