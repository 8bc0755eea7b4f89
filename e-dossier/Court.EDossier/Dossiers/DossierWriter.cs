using Court.EDossier.Blobs;
using Court.EDossier.Ingest;
using Court.EDossier.Ocr;
using Court.EDossier.Persistence;
using Court.EDossier.Rendering;
using Court.Kernel.Dossier;
using Court.Kernel.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Court.EDossier.Dossiers;

/// <summary>
/// <see cref="IDossierApi"/>: every document of a case enters the dossier here. An upload is streamed to a temporary
/// file, inspected, then moved into the blob store; a refusal removes the temporary files, so nothing half-stored remains.
/// </summary>
internal sealed class DossierWriter(
    DossierDb db,
    DossierStore store,
    IBlobStore blobs,
    UploadInspector inspector,
    CourtDocumentIssuer issuer,
    IJobQueue jobs,
    IOptions<EDossierOptions> options,
    TimeProvider clock) : IDossierApi
{
    public async Task<DossierAddResult> AddFileAsync(DossierFileAddition addition, Stream content, CancellationToken ct = default)
    {
        var dossier = await store.OpenAsync(addition.Owner, ct);
        if (dossier is null) return DossierAddResult.Refused("not-found", 404, "没有找到这个案件，请核对案号。");
        if (dossier.IsSealed) return Sealed();

        var limits = options.Value.Limits();
        var upload = blobs.NewIncomingPath();
        var work = new List<string> { upload };
        try
        {
            if (!await UploadSpool.CopyAsync(content, upload, limits.MaxFileBytes, ct))
                return DossierAddResult.Refused("file-too-large", 413, $"文件超过 {options.Value.MaxUploadMegabytes} MB 的上限。请压缩或分成几份后分别上传。");

            var (pdf, refusal) = await inspector.InspectAsync(upload, addition.FileName, addition.ContentType, blobs.IncomingFolder, limits, ct);
            if (refusal is not null) return DossierAddResult.Refused(refusal.Code, 422, refusal.Detail);
            work.Add(pdf!.PdfPath);

            var original = pdf.PdfPath == upload ? null : await blobs.MoveInAsync(upload, ct);
            var stored = await blobs.MoveInAsync(pdf.PdfPath, ct);
            var document = await FindOrAddDocumentAsync(stored, pdf, original?.Sha256, addition.FileName, ct);
            var item = NewItem(addition.Category, addition.Title, addition.AddedBy, addition.SourceStep, document);
            await store.PlaceAsync(dossier, item, ct);
            if (document.Pages.Any(p => p.Source == PageTextSource.OcrPending))
                await OcrPages.EnqueueAsync(jobs, document.Id, ct);
            return new DossierAddResult(new DossierAdded(item.Id, document.Id, document.Sha256, document.PageCount), null);
        }
        finally
        {
            foreach (var file in work) File.Delete(file);
        }
    }

    public async Task<DossierAddResult> IssueCourtDocumentAsync(
        DossierOwner owner, CourtDocument document, DossierCategory category, DossierActor issuedBy, string sourceStep, CancellationToken ct = default)
    {
        var dossier = await store.OpenAsync(owner, ct);
        if (dossier is null) return DossierAddResult.Refused("not-found", 404, "没有找到这个案件，请核对案号。");
        if (dossier.IsSealed) return Sealed();

        var issued = await issuer.IssueAsync(document, ct);
        var item = NewItem(category, document.Title, issuedBy, sourceStep, issued);
        await store.PlaceAsync(dossier, item, ct);
        return new DossierAddResult(new DossierAdded(item.Id, issued.Id, issued.Sha256, issued.PageCount), null);
    }

    public async Task<IReadOnlyList<DossierListing>> ListOpenVolumeAsync(DossierOwner owner, CancellationToken ct = default)
    {
        var dossier = await store.FindAsync(owner, ct);
        if (dossier is null) return [];
        var catalogue = await DossierCatalogue.LoadAsync(db, dossier.Id, includeInternal: false, ct);
        return catalogue.Select(e => new DossierListing(e.DocumentId, e.Title, e.Category, e.PageCount, e.AddedAt, e.CourtIssued)).ToList();
    }

    public async Task AttachFilingToCaseAsync(Guid draftId, Guid caseId, CancellationToken ct = default)
    {
        var filing = await db.Dossiers.SingleOrDefaultAsync(d => d.FilingDraftId == draftId, ct);
        if (filing is null || filing.CaseId == caseId) return;
        if (await db.Dossiers.AnyAsync(d => d.CaseId == caseId, ct))
            throw new InvalidOperationException($"Case {caseId} already has a dossier; a filing is carried over before anything else is added.");
        filing.CaseId = caseId;
        await db.SaveChangesAsync(ct);
    }

    public async Task SealAsync(Guid caseId, CancellationToken ct = default)
    {
        var dossier = await store.OpenAsync(DossierOwner.Case(caseId), ct)
            ?? throw new InvalidOperationException($"No case {caseId} to seal.");
        if (dossier.IsSealed) return;
        dossier.SealedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    private async Task<StoredDocument> FindOrAddDocumentAsync(StoredBlob stored, IngestedPdf pdf, string? originalSha, string fileName, CancellationToken ct)
    {
        var existing = await db.Documents.Include(d => d.Pages).FirstOrDefaultAsync(d => d.Sha256 == stored.Sha256 && d.CourtDocumentKind == null, ct);
        if (existing is not null) return existing;
        var document = new StoredDocument
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            Sha256 = stored.Sha256,
            SizeBytes = stored.SizeBytes,
            PageCount = pdf.PageCount,
            SourceKind = pdf.SourceKind,
            FileName = UploadFileName.Sanitise(fileName) ?? "upload.pdf",
            OriginalSha256 = originalSha,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Pages = pdf.PageTexts.Select((text, i) => new DocumentPage
            {
                PageNumber = i + 1,
                Text = text,
                Source = text is null ? PageTextSource.OcrPending : PageTextSource.TextLayer,
            }).ToList(),
        };
        db.Documents.Add(document);
        return document;
    }

    private DossierItem NewItem(DossierCategory category, string title, DossierActor by, string step, StoredDocument document) => new()
    {
        Id = Guid.CreateVersion7(clock.GetUtcNow()),
        DocumentId = document.Id,
        Document = document,
        Category = category,
        Volume = category.Volume(),
        Title = title.Trim(),
        AddedAt = clock.GetUtcNow().UtcDateTime,
        AddedByUserId = by.UserId,
        AddedByName = by.Name,
        SourceStep = step,
    };

    private static DossierAddResult Sealed() =>
        DossierAddResult.Refused("dossier-sealed", 409, "本案已结案，卷宗已封存归档，不能再添加材料。如需补充，请联系承办法官。");
}
