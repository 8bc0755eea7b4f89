using Court.Host.Jobs;
using Court.Host.Persistence;
using Court.Kernel.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Notifications;

/// <summary>
/// Stores the in-portal message and the SMS outbox row in one transaction of their own (never the caller's),
/// together with a dispatch job when none is waiting: a crash after this returns loses nothing.
/// </summary>
internal sealed class Notifier(IServiceScopeFactory scopes, JobQueue jobs, TimeProvider clock) : INotifier
{
    public async Task NotifyAsync(Guid userId, string title, string body, NotificationChannels channels,
        string? idempotencyKey = null, Guid? caseId = null, string? link = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(body);
        if (title.Length > Notification.TitleMaxLength) throw new ArgumentException($"A title has at most {Notification.TitleMaxLength} characters.", nameof(title));
        if (body.Length > Notification.BodyMaxLength) throw new ArgumentException($"A body has at most {Notification.BodyMaxLength} characters.", nameof(body));
        if (idempotencyKey?.Length > Notification.IdempotencyKeyMaxLength)
            throw new ArgumentException($"An idempotency key has at most {Notification.IdempotencyKeyMaxLength} characters.", nameof(idempotencyKey));
        if (link is not null && !CourtPaths.IsLocal(link, Notification.LinkMaxLength))
            throw new ArgumentException($"A link is a path on this site of at most {Notification.LinkMaxLength} characters.", nameof(link));

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        if (idempotencyKey is not null && await AlreadySentAsync(db, idempotencyKey, ct)) return;

        var phone = await db.Users.Where(u => u.Id == userId).Select(u => new { u.PhoneNumber }).SingleOrDefaultAsync(ct)
            ?? throw new ArgumentException($"User {userId} does not exist.", nameof(userId));
        var now = clock.GetUtcNow().UtcDateTime;

        Notification? notification = null;
        if (channels.HasFlag(NotificationChannels.InPortal))
        {
            notification = new Notification
            {
                Id = Guid.CreateVersion7(), UserId = userId, CaseId = caseId, Title = title, Body = body, CreatedAt = now, IdempotencyKey = idempotencyKey, Link = link,
            };
            db.Notifications.Add(notification);
        }

        Job? dispatch = null;
        if (channels.HasFlag(NotificationChannels.Sms) && !string.IsNullOrWhiteSpace(phone.PhoneNumber))
        {
            db.SmsOutbox.Add(new SmsOutboxMessage
            {
                Id = Guid.CreateVersion7(), UserId = userId, NotificationId = notification?.Id, Phone = phone.PhoneNumber.Trim(),
                Text = SmsOutboxMessage.Compose(title, body), Status = SmsStatus.Pending, CreatedAt = now, IdempotencyKey = idempotencyKey,
            });
            dispatch = await SmsDispatch.QueueAsync(db, jobs, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            db.ChangeTracker.Clear();
            if (await AlreadySentAsync(db, idempotencyKey, ct)) return;
            throw;
        }
        if (dispatch is not null) jobs.WakeIfDue(dispatch);
    }

    private static async Task<bool> AlreadySentAsync(CourtDb db, string key, CancellationToken ct) =>
        await db.Notifications.AnyAsync(n => n.IdempotencyKey == key, ct) || await db.SmsOutbox.AnyAsync(m => m.IdempotencyKey == key, ct);
}
