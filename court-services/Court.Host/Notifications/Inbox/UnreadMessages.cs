using System.Security.Claims;
using Court.Host.Access;
using Court.Host.Persistence;

namespace Court.Host.Notifications.Inbox;

/// <summary>The unread count the header shows on every signed-in page.</summary>
internal sealed class UnreadMessages(CourtDb db)
{
    public async Task<int> CountAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        user.TryGetUserId(out var userId) ? await ListMyNotifications.UnreadAsync(db, userId, ct) : 0;
}
