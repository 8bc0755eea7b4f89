using Court.Host.Identity;
using Court.Host.Persistence;
using Court.Kernel.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Lawyers;

/// <summary>Asks a client to confirm that a lawyer acts for them; the client sees it in the portal and confirms or declines.</summary>
internal static class PowerOfAttorneyRequests
{
    /// <summary>Adds a pending power of attorney to <paramref name="db"/> (not saved) for the client named by identifier.</summary>
    public static async Task<PowerOfAttorneyGrant> AddAsync(CourtDb db, Guid lawyerId, string clientName, string clientIdentifier,
        PowerOfAttorneyScope scope, Guid? filingId, Guid? caseId, DateTime now, CancellationToken ct)
    {
        var clientUserId = await db.Users.VerifiedWithIdentifier(clientIdentifier).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        var grant = new PowerOfAttorneyGrant
        {
            Id = Guid.CreateVersion7(),
            LawyerUserId = lawyerId,
            ClientUserId = clientUserId,
            ClientName = clientName,
            ClientIdentifier = clientIdentifier,
            FilingId = filingId,
            CaseId = caseId,
            Scope = scope,
            Status = PowerOfAttorneyStatus.Pending,
            RequestedAt = now,
        };
        db.PowersOfAttorney.Add(grant);
        return grant;
    }

    public static async Task NotifyClientAsync(INotifier notifier, PowerOfAttorneyGrant grant, string lawyerName, string firm, CancellationToken ct)
    {
        if (grant.ClientUserId is not { } client) return;
        await notifier.NotifyAsync(client, "请确认授权委托",
            $"{firm}{lawyerName}申请作为您的诉讼代理人（{grant.Scope.ChineseName()}）。请在诉讼服务的“待确认的授权委托”中确认或拒绝。",
            NotificationChannels.All, idempotencyKey: $"poa.requested:{grant.Id}", caseId: grant.CaseId, ct: ct,
            link: "/Portals/Litigation#powers-to-confirm");
    }
}
