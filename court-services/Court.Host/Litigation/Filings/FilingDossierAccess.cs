using System.Security.Claims;
using Court.Host.Persistence;
using Court.Kernel.Dossier;

namespace Court.Host.Litigation.Filings;

/// <summary>The host's rule for reading a filing's dossier before it is a case: its filer (and plaintiffs with accounts) or a filing clerk.</summary>
internal sealed class FilingDossierAccessRule(CourtDb db) : IFilingDossierAccess
{
    public async Task<FilingDossierAccess> DecideAsync(ClaimsPrincipal user, Guid draftId, CancellationToken ct = default) =>
        await FilingAccess.FindAsync(db, user, draftId, ct) switch
        {
            { Viewer: FilingViewer.Clerk } => FilingDossierAccess.Court,
            { Viewer: FilingViewer.Filer, Filing.IsEditable: true } => FilingDossierAccess.EditingFiler,
            { Viewer: FilingViewer.Filer or FilingViewer.Party } => FilingDossierAccess.Filer,
            _ => FilingDossierAccess.None,
        };
}
