using Court.Host.Audit;
using Court.Host.Persistence;
using Court.Kernel.Audit;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Pages.Admin;

/// <summary>Reading the audit log is itself audited: who watched the watchers.</summary>
internal sealed class AuditModel(CourtDb db, IAuditLog audit) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Entries = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).Take(200).ToListAsync(ct);
        await audit.WriteAsync(new AuditRecord("ViewAuditLog", ResultHash: ResultHash.Of(Entries.Select(e => e.Id))), ct);
    }
}
