using System.Security.Claims;
using Court.EDossier.Access;
using Court.EDossier.Dossiers;
using Court.EDossier.Persistence;
using Court.Kernel.Cases;
using Court.Kernel.Dossier;
using Microsoft.AspNetCore.Http;

namespace Court.EDossier.Features.Reading;

/// <summary>A case's dossier opened for one caller, with the catalogue of the volumes they may see.</summary>
internal sealed record CaseDossier(CaseSummaryInfo Case, DossierReader Reader, Dossier? Dossier, IReadOnlyList<CatalogueEntry> Catalogue)
{
    public static async Task<(CaseDossier? Opened, IResult? Problem)> OpenAsync(Guid caseId, ClaimsPrincipal user, DossierGate gate, DossierDb db, CancellationToken ct)
    {
        var (opened, problem) = await gate.OpenAsync(caseId, user, ct);
        if (opened is null) return (null, problem);
        var catalogue = opened.Dossier is null ? [] : await DossierCatalogue.LoadAsync(db, opened.Dossier.Id, opened.Reader.CanReadInternalVolume, ct);
        return (new CaseDossier(opened.Case, opened.Reader, opened.Dossier, catalogue), null);
    }

    public IReadOnlyList<DossierVolume> Volumes => Reader.CanReadInternalVolume ? [DossierVolume.Open, DossierVolume.Internal] : [DossierVolume.Open];
}
