using Court.Host.Identity;
using Court.Host.Litigation.Filings;
using Court.Host.Litigation.Service;
using Court.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Review;

/// <summary>Whom a filing's documents are served on: the filer and every plaintiff with an account, each with the address they confirmed.</summary>
internal static class FilingRecipients
{
    public static async Task<IReadOnlyList<ServiceRecipient>> PlaintiffSideAsync(CourtDb db, OnlineFiling filing, CancellationToken ct)
    {
        var recipients = filing.Parties.Where(p => p.Side == PartySide.Plaintiff)
            .Select(p => new ServiceRecipient(p.UserId, p.Name, p.Side.ChineseName(), p.ConsentsToElectronicService, p.Phone, p.PostalAddress ?? p.Address))
            .ToList();
        if (recipients.All(r => r.UserId != filing.FiledById))
        {
            // A lawyer filing online receives electronically at the account they filed from.
            var filer = await db.Set<CourtUser>().AsNoTracking().Where(u => u.Id == filing.FiledById)
                .Select(u => new { u.DisplayName, u.PhoneNumber }).SingleAsync(ct);
            recipients.Insert(0, new ServiceRecipient(filing.FiledById, filer.DisplayName, "诉讼代理人", true, filer.PhoneNumber, null));
        }
        return recipients;
    }

    /// <summary>Everyone on both sides: the plaintiff side as above, then defendants and third parties.</summary>
    public static async Task<IReadOnlyList<ServiceRecipient>> AllPartiesAsync(CourtDb db, OnlineFiling filing, CancellationToken ct) =>
    [
        .. await PlaintiffSideAsync(db, filing, ct),
        .. filing.Parties.Where(p => p.Side != PartySide.Plaintiff)
            .Select(p => new ServiceRecipient(p.UserId, p.Name, p.Side.ChineseName(), p.ConsentsToElectronicService, p.Phone, p.PostalAddress ?? p.Address)),
    ];
}
