using Court.EDossier.Access;
using Court.EDossier.Features.Reading;
using Court.EDossier.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.EDossier.Pages.Portals;

/// <summary>
/// 阅览: one document, or the merged dossier, drawn page by page by PDF.js from the same endpoint a download uses — so
/// parties and counsel read their watermarked copy, and nothing is framed (ADR 0017).
/// </summary>
internal sealed class DossierReaderModel(DossierGate gate, DossierDb db) : PageModel
{
    public CaseDossier? Opened { get; private set; }

    public string Title { get; private set; } = "";

    public PdfReaderView Reader { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid caseId, Guid? documentId, CancellationToken ct)
    {
        var (opened, problem) = await CaseDossier.OpenAsync(caseId, User, gate, db, ct);
        if (opened is null)
            return problem is IStatusCodeHttpResult { StatusCode: 404 } ? NotFound() : StatusCode(StatusCodes.Status403Forbidden);
        Opened = opened;
        var basePath = $"/api/cases/{caseId}/dossier";
        if (documentId is null)
        {
            Title = "合并卷宗";
            Reader = new PdfReaderView($"{basePath}/merged.pdf", opened.Catalogue.Sum(e => e.PageCount), opened.Reader.NeedsWatermark);
            return Page();
        }
        var entry = opened.Catalogue.FirstOrDefault(e => e.DocumentId == documentId);
        if (entry is null) return NotFound();
        Title = $"{entry.Number}. {entry.Title}";
        Reader = new PdfReaderView($"{basePath}/documents/{entry.DocumentId}", entry.PageCount, opened.Reader.NeedsWatermark);
        return Page();
    }
}
