namespace Court.Host.Notifications.Inbox;

internal sealed record NotificationView(Guid Id, string Title, string Body, Guid? CaseId, DateTime CreatedAt, DateTime? ReadAt)
{
    public bool IsRead => ReadAt is not null;

    public static NotificationView From(Notification n) => new(n.Id, n.Title, n.Body, n.CaseId, n.CreatedAt, n.ReadAt);
}

internal sealed record InboxView(int UnreadCount, IReadOnlyList<NotificationView> Items);
