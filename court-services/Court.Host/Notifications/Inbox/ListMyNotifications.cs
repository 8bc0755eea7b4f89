using Court.Host.Access;
using Court.Host.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Notifications.Inbox;

internal static class ListMyNotifications
{
    public const int PageSize = 100;

    internal static void MapListMyNotifications(this RouteGroupBuilder me) =>
        me.MapGet("/notifications", HandleAsync).WithName("ListMyNotifications").WithSummary("我的消息（最近 100 条）");

    internal static async Task<Ok<InboxView>> HandleAsync(HttpContext http, CourtDb db, CancellationToken ct) =>
        TypedResults.Ok(await LoadAsync(db, http.User.UserId(), ct));

    /// <summary>Newest first; shared with the 我的消息 page.</summary>
    internal static async Task<InboxView> LoadAsync(CourtDb db, Guid userId, CancellationToken ct)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        var unread = await UnreadAsync(db, userId, ct);
        var items = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(PageSize).ToListAsync(ct);
        return new InboxView(unread, items.Select(NotificationView.From).ToList());
    }

    /// <summary>The header's count on every page: one indexed count (UserId, ReadAt).</summary>
    internal static Task<int> UnreadAsync(CourtDb db, Guid userId, CancellationToken ct) =>
        db.Notifications.AsNoTracking().CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);

    /// <summary>Opening a message marks it read and leads to what it is about; null when it is not the caller's.</summary>
    internal static async Task<string?> OpenAsync(CourtDb db, Guid userId, Guid id, TimeProvider clock, CancellationToken ct)
    {
        var message = await db.Notifications.AsNoTracking().Where(n => n.Id == id && n.UserId == userId)
            .Select(n => new { n.Link, n.CaseId }).SingleOrDefaultAsync(ct);
        if (message is null) return null;
        await MarkNotificationRead.MarkAsync(db, userId, id, clock, ct);
        return Notification.DestinationOf(message.Link, message.CaseId);
    }
}
