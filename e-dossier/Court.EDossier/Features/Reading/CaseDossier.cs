using System.Security.Claims;
using Court.EDossier.Access;
using Court.EDossier.Dossiers;
using Court.EDossier.Persistence;
using Court.Kernel.Cases;
using Court.Kernel.Dossier;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Court.EDossier.Features.Reading;

/// <summary>A case's dossier opened for one caller: the case, what they may see, and the catalogue of that.</summary>
internal sealed record CaseDossier(CaseSummaryInfo Case, DossierReader Reader, Dossier? Dossier, IReadOnlyList<CatalogueEntry> Catalogue)
{
    /// <summary>Loads it, or says why not (404 for an unknown case, 403 for a caller without a role in it).</summary>
    public static async Task<(CaseDossier? Opened, IResult? Problem)> OpenAsync(
        Guid caseId, ClaimsPrincipal user, ICaseDirectory cases, IAuthorizationService authorization, DossierStore store, DossierDb db, CancellationToken ct)
    {
        var found = await cases.FindAsync(caseId, ct);
        if (found is null) return (null, DossierProblems.CaseNotFound());
        var reader = await DossierReader.ForAsync(authorization, user, caseId);
        if (!reader.CanRead) return (null, DossierProblems.NotInCase());
        var dossier = await store.FindAsync(DossierOwner.Case(caseId), ct);
        var catalogue = dossier is null ? [] : await DossierCatalogue.LoadAsync(db, dossier.Id, reader.CanReadInternalVolume, ct);
        return (new CaseDossier(found, reader, dossier, catalogue), null);
    }

    public IReadOnlyList<DossierVolume> Volumes => Reader.CanReadInternalVolume ? [DossierVolume.Open, DossierVolume.Internal] : [DossierVolume.Open];
}
