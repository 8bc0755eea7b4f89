using System.Security.Claims;
using Court.EDossier.Dossiers;
using Court.EDossier.Persistence;
using Court.Kernel.Cases;
using Court.Kernel.Dossier;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Court.EDossier.Access;

/// <summary>A filing's dossier as one caller may open it: how they read it (filer or court) and the dossier.</summary>
internal sealed record OpenedFiling(Guid DraftId, FilingDossierAccess Access, Dossier Dossier)
{
    public bool ActsForCourt => Access == FilingDossierAccess.Court;

    /// <summary>The filer reads watermarked copies, as a party does in a case; the filing clerk reads the originals.</summary>
    public bool NeedsWatermark => !ActsForCourt;

    /// <summary>The filer sees what a party would (正卷); the court also what it filed internally, if anything.</summary>
    public bool CanReadInternalVolume => ActsForCourt;
}

/// <summary>
/// The one way in to the dossier of an online filing before it is a case. The host decides who may read it
/// (<see cref="IFilingDossierAccess"/>); this gate asks first, so a caller without a part learns nothing, not even
/// whether the filing exists: 403, then 404 for a filing with no materials, 409 once it has become a case.
/// </summary>
internal sealed class FilingDossierGate(IServiceProvider services, DossierStore store, ICaseDirectory cases)
{
    public async Task<(OpenedFiling? Opened, IResult? Problem)> OpenAsync(Guid draftId, ClaimsPrincipal user, CancellationToken ct)
    {
        // Optional: a host without online filing registers no rule, and then no one reads a filing's dossier.
        if (services.GetService<IFilingDossierAccess>() is not { } rule) return (null, DossierProblems.FilingReadingUnavailable());
        var access = await rule.DecideAsync(user, draftId, ct);
        if (access == FilingDossierAccess.None) return (null, DossierProblems.NotInFiling());

        var dossier = await store.FindAsync(DossierOwner.FilingDraft(draftId), ct);
        if (dossier is null) return (null, DossierProblems.FilingNotFound());
        // Once accepted, the dossier is the case's and grows with it; the case's own rule then decides who reads it.
        if (dossier.CaseId is { } caseId)
            return (null, DossierProblems.FilingBecameCase(caseId, (await cases.FindAsync(caseId, ct))?.Number));
        return (new OpenedFiling(draftId, access, dossier), null);
    }
}
