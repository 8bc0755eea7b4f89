using Court.Host.Audit;
using Court.Host.Persistence;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Pages.Admin;

internal sealed class AuditModel(CourtDb db) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Entries = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).Take(200).ToListAsync(ct);
}
