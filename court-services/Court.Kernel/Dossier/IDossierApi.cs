namespace Court.Kernel.Dossier;

/// <summary>Whose dossier: a registered case's, or an online filing's before it became a case.</summary>
public readonly record struct DossierOwner(Guid Id, bool IsFilingDraft)
{
    public static DossierOwner Case(Guid caseId) => new(caseId, false);

    public static DossierOwner FilingDraft(Guid draftId) => new(draftId, true);
}

/// <summary>Who added a document, as the provenance records it.</summary>
public sealed record DossierActor(Guid? UserId, string Name);

/// <summary>
/// A file to add: PDF, or an image (JPEG, PNG, TIFF) that becomes PDF pages. <paramref name="SourceStep"/> names the step that
/// produced it (e.g. <c>online-filing</c>, <c>evidence-exchange</c>), for the provenance.
/// </summary>
public sealed record DossierFileAddition(
    DossierOwner Owner,
    DossierCategory Category,
    string Title,
    string FileName,
    string? ContentType,
    DossierActor AddedBy,
    string SourceStep);

/// <summary>A document placed in a dossier.</summary>
public sealed record DossierAdded(Guid ItemId, Guid DocumentId, string Sha256, int PageCount);

/// <summary>
/// Why a document was not added: a stable <paramref name="Code"/> (the ProblemDetails type slug), the HTTP status it maps to,
/// and a Chinese <paramref name="Detail"/> saying what to do. Nothing of a refused document is kept.
/// </summary>
public sealed record DossierRefusal(string Code, int Status, string Detail);

public sealed record DossierAddResult(DossierAdded? Added, DossierRefusal? Refusal)
{
    public bool Succeeded => Added is not null;

    public static DossierAddResult Refused(string code, int status, string detail) => new(null, new DossierRefusal(code, status, detail));
}

/// <summary>A document of a dossier's open volume (正卷), as a party's page lists it; <paramref name="DocumentId"/> opens it.</summary>
public sealed record DossierListing(Guid DocumentId, string Title, DossierCategory Category, int PageCount, DateTime AddedAt, bool CourtIssued);

/// <summary>
/// The 电子卷宗 module's contract: every module adds the documents of a case as they are produced (随案同步生成).
/// </summary>
public interface IDossierApi
{
    /// <summary>Validates, stores (content-addressed), extracts the text of and files an uploaded document; queues OCR where pages have no text.</summary>
    Task<DossierAddResult> AddFileAsync(DossierFileAddition addition, Stream content, CancellationToken ct = default);

    /// <summary>Renders a court document to PDF, signs it with the court's certificate, and files it under <paramref name="category"/>.</summary>
    Task<DossierAddResult> IssueCourtDocumentAsync(
        DossierOwner owner, CourtDocument document, DossierCategory category, DossierActor issuedBy, string sourceStep, CancellationToken ct = default);

    /// <summary>
    /// The open volume of a dossier in binding order, empty when it has none yet. The caller has decided the reader may see it;
    /// a filing's dossier is found by its draft id also after it became a case's.
    /// </summary>
    Task<IReadOnlyList<DossierListing>> ListOpenVolumeAsync(DossierOwner owner, CancellationToken ct = default);

    /// <summary>On acceptance of a filing: the filing's dossier becomes the case's. Idempotent.</summary>
    Task AttachFilingToCaseAsync(Guid draftId, Guid caseId, CancellationToken ct = default);

    /// <summary>On closing: the dossier is sealed; later additions are refused with 409. Idempotent.</summary>
    Task SealAsync(Guid caseId, CancellationToken ct = default);
}
