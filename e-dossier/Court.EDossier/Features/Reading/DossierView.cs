using Court.EDossier.Dossiers;
using Court.Kernel.Dossier;

namespace Court.EDossier.Features.Reading;

internal sealed record DossierView(
    Guid CaseId, string CaseNumber, bool Sealed, DateTime? SealedAt, IReadOnlyList<string> Volumes, IReadOnlyList<DossierItemView> Items);

/// <summary>A catalogue line as the API returns it; <see cref="Id"/> is the document id of <c>…/dossier/documents/{id}</c>.</summary>
internal sealed record DossierItemView(
    Guid Id, Guid ItemId, int Number, string Title, string Category, string CategoryName, string Volume, string VolumeName,
    int FirstPage, int LastPage, int Pages, string Sha256, long SizeBytes, DateTime AddedAt, string AddedBy, string SourceStep,
    string? TransferredFrom, bool CourtIssued)
{
    public static DossierItemView From(CatalogueEntry e) => new(
        e.DocumentId, e.ItemId, e.Number, e.Title, e.Category.Slug(), e.Category.ChineseName(), e.Volume.Slug(), e.Volume.ChineseName(),
        e.FirstPage, e.LastPage, e.PageCount, e.Sha256, e.SizeBytes, e.AddedAt, e.AddedByName, e.SourceStep, e.TransferredFromCaseNumber, e.CourtIssued);
}
