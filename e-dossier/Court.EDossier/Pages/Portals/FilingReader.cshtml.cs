using Court.EDossier.Access;
using Court.EDossier.Features.Reading;
using Court.EDossier.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.EDossier.Pages.Portals;

/// <summary>阅览 of one material of an online filing not yet a case, in the page (ADR 0017): its filer reads the watermarked copy.</summary>
internal sealed class FilingReaderModel(FilingDossierGate gate, DossierDb db) : PageModel
{
    public string Title { get; private set; } = "";

    public PdfReaderView Reader { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid draftId, Guid documentId, CancellationToken ct)
    {
        var (opened, problem) = await FilingDossier.OpenAsync(draftId, User, gate, db, ct);
        if (opened is null)
            return problem is IStatusCodeHttpResult { StatusCode: 404 or 409 } ? NotFound() : StatusCode(StatusCodes.Status403Forbidden);
        var entry = opened.Catalogue.FirstOrDefault(e => e.DocumentId == documentId);
        if (entry is null) return NotFound();
        Title = $"{entry.Number}. {entry.Title}";
        Reader = new PdfReaderView($"/api/filings/{draftId}/documents/{documentId}", entry.PageCount, opened.Filing.NeedsWatermark);
        return Page();
    }
}
