using System.Security.Claims;
using Court.EDossier.Dossiers;
using Court.EDossier.Persistence;
using Court.Kernel.Cases;
using Court.Kernel.Dossier;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Court.EDossier.Access;

internal sealed record StaffDossier(CaseSummaryInfo Case, Dossier? Dossier);

/// <summary>Opens a case's dossier for court staff acting in the case; everyone else is refused.</summary>
internal sealed class CourtStaffGate(ICaseDirectory cases, IAuthorizationService authorization, DossierStore store)
{
    public async Task<(StaffDossier? Opened, IResult? Problem)> OpenAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = await cases.FindAsync(caseId, ct);
        if (found is null) return (null, DossierProblems.CaseNotFound());
        var reader = await DossierReader.ForAsync(authorization, user, caseId);
        if (!reader.CanRead) return (null, DossierProblems.NotInCase());
        if (!reader.ActsForCourt) return (null, DossierProblems.NotForCourtOnly());
        return (new StaffDossier(found, await store.FindAsync(DossierOwner.Case(caseId), ct)), null);
    }
}
