namespace Court.Host.Notifications.Inbox;

/// <summary>A message as its recipient reads it; <see cref="Link"/> is the page it is about (its filing, case or document).</summary>
internal sealed record NotificationView(Guid Id, string Title, string Body, Guid? CaseId, string Link, DateTime CreatedAt, DateTime? ReadAt)
{
    public bool IsRead => ReadAt is not null;

    public static NotificationView From(Notification n) => new(n.Id, n.Title, n.Body, n.CaseId, n.Destination, n.CreatedAt, n.ReadAt);
}

internal sealed record InboxView(int UnreadCount, IReadOnlyList<NotificationView> Items);
