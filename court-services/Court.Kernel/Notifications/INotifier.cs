namespace Court.Kernel.Notifications;

[Flags]
public enum NotificationChannels
{
    None = 0,

    /// <summary>站内消息: stored at once, shown on 我的消息.</summary>
    InPortal = 1,

    /// <summary>短信: queued in the outbox and sent by a background job; skipped when the user has no phone number.</summary>
    Sms = 2,

    All = InPortal | Sms,
}

/// <summary>Tells a person something: a filing was accepted, a hearing was scheduled, a deadline approaches.</summary>
public interface INotifier
{
    /// <summary>
    /// <paramref name="title"/> and <paramref name="body"/> are Simplified Chinese, as the person will read them.
    /// With an <paramref name="idempotencyKey"/>, a second call with the same key does nothing, so a retried job
    /// or a restarted seeder never notifies twice. <paramref name="link"/> is the page the message is about (a path on the
    /// court's site, such as a filing's status or a served document); opening the message goes there.
    /// </summary>
    Task NotifyAsync(Guid userId, string title, string body, NotificationChannels channels,
        string? idempotencyKey = null, Guid? caseId = null, string? link = null, CancellationToken ct = default);
}
