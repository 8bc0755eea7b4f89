using Court.Host.Access;
using Court.Host.Persistence;
using Court.Kernel.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Notifications.Inbox;

internal static class MarkNotificationRead
{
    internal static void MapMarkNotificationRead(this RouteGroupBuilder me) =>
        me.MapPost("/notifications/{id:guid}/read", HandleAsync).WithName("MarkNotificationRead").WithSummary("将一条消息标为已读");

    internal static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        Guid id, HttpContext http, CourtDb db, TimeProvider clock, CancellationToken ct)
    {
        var marked = await MarkAsync(db, http.User.UserId(), id, clock, ct);
        return marked ? TypedResults.NoContent() : TypedResults.Problem(
            type: ProblemTypes.NotFound, title: "Notification not found", statusCode: StatusCodes.Status404NotFound,
            detail: "未找到该消息。");
    }

    /// <summary>Only the recipient's own messages; <paramref name="id"/> null marks all of them. Reading twice keeps the first time.</summary>
    internal static async Task<bool> MarkAsync(CourtDb db, Guid userId, Guid? id, TimeProvider clock, CancellationToken ct)
    {
        var mine = db.Notifications.Where(n => n.UserId == userId && (id == null || n.Id == id));
        if (id is not null && !await mine.AnyAsync(ct)) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        await mine.Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        return true;
    }
}
