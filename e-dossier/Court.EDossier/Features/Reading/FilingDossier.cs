using System.Security.Claims;
using Court.EDossier.Access;
using Court.EDossier.Dossiers;
using Court.EDossier.Persistence;
using Court.Kernel.Dossier;
using Microsoft.AspNetCore.Http;

namespace Court.EDossier.Features.Reading;

/// <summary>An online filing's dossier opened for one caller, with the catalogue of the volumes they may see.</summary>
internal sealed record FilingDossier(OpenedFiling Filing, IReadOnlyList<CatalogueEntry> Catalogue)
{
    public static async Task<(FilingDossier? Opened, IResult? Problem)> OpenAsync(Guid draftId, ClaimsPrincipal user, FilingDossierGate gate, DossierDb db, CancellationToken ct)
    {
        var (opened, problem) = await gate.OpenAsync(draftId, user, ct);
        if (opened is null) return (null, problem);
        var catalogue = await DossierCatalogue.LoadAsync(db, opened.Dossier.Id, opened.CanReadInternalVolume, ct);
        return (new FilingDossier(opened, catalogue), null);
    }

    public IReadOnlyList<DossierVolume> Volumes => Filing.CanReadInternalVolume ? [DossierVolume.Open, DossierVolume.Internal] : [DossierVolume.Open];

    /// <summary>What the audit names as read: <c>filing/{draftId}</c>, then the document.</summary>
    public string AuditTarget(Guid? documentId = null) => documentId is { } id ? $"filing/{Filing.DraftId}/documents/{id}" : $"filing/{Filing.DraftId}";
}

/// <summary>The catalogue of a filing's materials; <see cref="DossierItemView.Id"/> is the id of <c>/api/filings/{draftId}/documents/{id}</c>.</summary>
internal sealed record FilingDossierView(Guid DraftId, string ReadAs, IReadOnlyList<string> Volumes, IReadOnlyList<DossierItemView> Items);
