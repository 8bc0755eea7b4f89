using Court.Host.Access;
using Court.Host.Litigation.Service;
using Court.Host.Notifications.Inbox;
using Court.Host.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.Host.Pages;

/// <summary>我的消息: the signed-in user's in-portal notifications, and the documents served on them (我的文书).</summary>
[Authorize]
internal sealed class InboxModel(CourtDb db, TimeProvider clock) : PageModel
{
    public InboxView Inbox { get; private set; } = new(0, []);

    public IReadOnlyList<ServedDocumentView> Served { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Inbox = await ListMyNotifications.LoadAsync(db, User.UserId(), ct);
        Served = await ListMyServedDocuments.LoadAsync(db, User.UserId(), ct);
    }

    /// <summary>Opening a message (its title is a link) marks it read and goes to its filing, case or document.</summary>
    public async Task<IActionResult> OnGetOpenAsync(Guid id, CancellationToken ct) =>
        await ListMyNotifications.OpenAsync(db, User.UserId(), id, clock, ct) is { } destination ? LocalRedirect(destination) : NotFound();

    public async Task<IActionResult> OnPostReadAsync(Guid? id, CancellationToken ct)
    {
        await MarkNotificationRead.MarkAsync(db, User.UserId(), id, clock, ct);
        return RedirectToPage();
    }
}
