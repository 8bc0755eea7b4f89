using Court.EDossier.Features.Verify;
using Court.EDossier.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.EDossier.Pages;

/// <summary>Public: anyone holding a court document (or its QR code) can check that the court issued it.</summary>
[AllowAnonymous]
[RequestSizeLimit(100L * 1024 * 1024)]
internal sealed class VerifyModel(DossierDb db) : PageModel
{
    public string? Hash { get; private set; }

    public VerifiedDocument? Found { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? hash, CancellationToken ct)
    {
        if (hash is null) return Page();
        Hash = hash;
        if (DocumentVerification.IsHash(hash)) Found = await DocumentVerification.FindAsync(db, hash, ct);
        if (Found is null) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null) return Page();
        await using var content = file.OpenReadStream();
        Hash = await DocumentVerification.Sha256Async(content, ct);
        Found = await DocumentVerification.FindAsync(db, Hash, ct) is { MatchedFile: true } found ? found : null;
        if (Found is null) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
