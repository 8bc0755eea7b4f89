using Court.EDossier.Blobs;
using Court.EDossier.Persistence;
using Court.Kernel.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Court.EDossier.Ocr;

/// <summary>
/// Recognises, page by page, the text of pages that have no text layer (scans, photos), so that search finds them.
/// Each page's text is committed as soon as it is read: after a restart the job carries on with the pages still pending.
/// </summary>
internal sealed class OcrPages(DossierDb db, IBlobStore blobs, Tesseract tesseract) : IJobHandler
{
    public const string JobKind = "dossier.ocr";

    public string Kind => JobKind;

    public string DisplayName => "卷宗文字识别（OCR）";

    public static Task EnqueueAsync(IJobQueue jobs, Guid documentId, CancellationToken ct) =>
        jobs.EnqueueAsync(JobKind, new OcrPayload(documentId), $"{JobKind}:{documentId}", ct: ct);

    public async Task ExecuteAsync(JobContext context, CancellationToken ct)
    {
        var documentId = context.Payload<OcrPayload>().DocumentId;
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId, ct);
        if (document is null) return;

        var pending = await db.Pages.Where(p => p.DocumentId == documentId && p.Source == PageTextSource.OcrPending)
            .OrderBy(p => p.PageNumber).ToListAsync(ct);
        var done = document.PageCount - pending.Count;
        if (pending.Count == 0) return;

        var pdf = Path.Combine(blobs.IncomingFolder, $"ocr-{context.JobId:N}.pdf");
        try
        {
            await using (var source = blobs.OpenRead(document.Sha256))
            await using (var copy = File.Create(pdf))
                await source.CopyToAsync(copy, ct);
            foreach (var page in pending)
            {
                await context.ReportProgressAsync(100 * done / Math.Max(1, document.PageCount), $"正在识别第 {page.PageNumber} 页，共 {document.PageCount} 页", ct);
                var text = await tesseract.ReadPageAsync(pdf, page.PageNumber, ct);
                page.Text = string.IsNullOrWhiteSpace(text) ? null : text;
                page.Source = page.Text is null ? PageTextSource.None : PageTextSource.Ocr;
                await db.SaveChangesAsync(ct);
                done++;
            }
            await context.ReportProgressAsync(100, $"已识别 {document.PageCount} 页", ct);
        }
        finally
        {
            File.Delete(pdf);
        }
    }

    internal sealed record OcrPayload(Guid DocumentId);
}

/// <summary>Finds documents whose pages still wait for OCR without a job (e.g. the process stopped between storing and enqueuing).</summary>
internal sealed class RequeuePendingOcr(DossierDb db, IJobQueue jobs) : IJobHandler
{
    public const string JobKind = "dossier.ocr-requeue";

    public string Kind => JobKind;

    public string DisplayName => "补登待识别的卷宗页";

    public async Task ExecuteAsync(JobContext context, CancellationToken ct)
    {
        var documents = await db.Pages.Where(p => p.Source == PageTextSource.OcrPending).Select(p => p.DocumentId).Distinct().Take(500).ToListAsync(ct);
        foreach (var id in documents) await OcrPages.EnqueueAsync(jobs, id, ct);
    }
}
