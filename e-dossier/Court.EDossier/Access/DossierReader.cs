using System.Security.Claims;
using Court.Kernel.Access;
using Microsoft.AspNetCore.Authorization;

namespace Court.EDossier.Access;

/// <summary>What the caller may do with one case's dossier, decided by the host's case-level rule.</summary>
internal sealed record DossierReader(Guid CaseId, bool CanRead, bool CanReadInternalVolume, bool ActsForCourt)
{
    /// <summary>Parties and counsel get every page watermarked with their name; the bench reads clean copies.</summary>
    public bool NeedsWatermark => !ActsForCourt;

    public static async Task<DossierReader> ForAsync(IAuthorizationService authorization, ClaimsPrincipal user, Guid caseId)
    {
        var resource = new CaseResource(caseId);
        var read = (await authorization.AuthorizeAsync(user, resource, CaseOperations.Read)).Succeeded;
        if (!read) return new DossierReader(caseId, false, false, false);
        var internalVolume = (await authorization.AuthorizeAsync(user, resource, CaseOperations.ReadInternalVolume)).Succeeded;
        var court = (await authorization.AuthorizeAsync(user, resource, CaseOperations.ActForCourt)).Succeeded;
        return new DossierReader(caseId, true, internalVolume, court);
    }
}
