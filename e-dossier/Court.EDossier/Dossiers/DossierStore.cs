using Court.EDossier.Persistence;
using Court.Kernel.Cases;
using Court.Kernel.Dossier;
using Microsoft.EntityFrameworkCore;

namespace Court.EDossier.Dossiers;

/// <summary>Finds or opens the dossier of a case or filing, and places documents in it with gap-free order numbers.</summary>
internal sealed class DossierStore(DossierDb db, ICaseDirectory cases, TimeProvider clock)
{
    /// <summary>The owner's dossier, opened on first use; null when the case does not exist.</summary>
    public async Task<Dossier?> OpenAsync(DossierOwner owner, CancellationToken ct)
    {
        var existing = await FindAsync(owner, ct);
        if (existing is not null) return existing;
        if (!owner.IsFilingDraft && await cases.FindAsync(owner.Id, ct) is null) return null;

        var dossier = new Dossier
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            CaseId = owner.IsFilingDraft ? null : owner.Id,
            FilingDraftId = owner.IsFilingDraft ? owner.Id : null,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Dossiers.Add(dossier);
        try
        {
            await db.SaveChangesAsync(ct);
            return dossier;
        }
        catch (DbUpdateException)
        {
            db.Entry(dossier).State = EntityState.Detached; // opened by a concurrent request a moment ago
            return await FindAsync(owner, ct);
        }
    }

    public Task<Dossier?> FindAsync(DossierOwner owner, CancellationToken ct) => owner.IsFilingDraft
        ? db.Dossiers.SingleOrDefaultAsync(d => d.FilingDraftId == owner.Id, ct)
        : db.Dossiers.SingleOrDefaultAsync(d => d.CaseId == owner.Id, ct);

    /// <summary>
    /// Adds <paramref name="item"/> (its document already tracked or stored) as the dossier's next item. Two concurrent
    /// additions may pick the same sequence; the unique index refuses one, which then takes the next.
    /// </summary>
    public async Task PlaceAsync(Dossier dossier, DossierItem item, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            item.DossierId = dossier.Id;
            item.Sequence = 1 + (await db.Items.Where(i => i.DossierId == dossier.Id).MaxAsync(i => (long?)i.Sequence, ct) ?? 0);
            db.Items.Add(item);
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                db.Entry(item).State = EntityState.Detached;
            }
        }
    }
}
