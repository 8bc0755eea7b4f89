using Court.Kernel.Dossier;

namespace Court.Host.Litigation.Service;

/// <summary>What to serve, from which dossier, on whom. Document ids are those the e-dossier returned (<c>DossierAdded.DocumentId</c>).</summary>
internal sealed record ServeDocuments(
    DossierOwner Owner,
    string CaseNumberOrReference,
    string CourtName,
    IReadOnlyList<ServedDocument> Documents,
    IReadOnlyList<ServiceRecipient> Recipients,
    DossierActor ServedBy);

internal sealed record ServedDocument(Guid DocumentId, string Title);

/// <summary>A person to serve; <paramref name="UserId"/> is their portal account, null when they have none.</summary>
internal sealed record ServiceRecipient(Guid? UserId, string Name, string Side, bool ConsentsToElectronicService, string? Phone, string? PostalAddress);
