using Court.EDossier.Archive;
using Court.EDossier.Access;
using Court.EDossier.Features.Reading;
using Court.EDossier.Features.Upload;
using Court.EDossier.Persistence;
using Court.Kernel.Access;
using Court.Kernel.Audit;
using Court.Kernel.Dossier;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Court.EDossier.Pages.Portals;

/// <summary>阅卷: the catalogue of the volumes the caller may see, a reader, and the form to file material.</summary>
internal sealed class DossierModel(
    DossierGate gate, DossierDb db, IDossierApi dossier, IAuditLog audit,
    DossierArchiver archiver, IOptions<EDossierOptions> options) : PageModel
{
    public CaseDossier? Opened { get; private set; }

    /// <summary>The archive packages of a sealed dossier, newest first; shown to court staff only.</summary>
    public IReadOnlyList<DossierArchive> Archives { get; private set; } = [];

    public string? UploadMessage { get; private set; }

    public bool UploadFailed { get; private set; }

    public int MaxUploadMegabytes => options.Value.MaxUploadMegabytes;

    public IEnumerable<DossierCategoryInfo> UploadCategories => DossierCategories.All.Where(c =>
        UploadForm.Validate(new Dictionary<string, string> { ["category"] = c.Slug, ["title"] = "x" }, Opened!.Reader).Problem is null);

    public async Task<IActionResult> OnGetAsync(Guid caseId, CancellationToken ct)
    {
        var problem = await OpenAsync(caseId, ct);
        if (problem is not null) return problem;
        await audit.WriteAsync(new AuditRecord("dossier.catalogue", caseId, Opened!.Case.Number, Target: string.Join(',', Opened.Volumes.Select(v => v.Slug()))), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid caseId, IFormFile? file, string? category, string? title, CancellationToken ct)
    {
        var problem = await OpenAsync(caseId, ct);
        if (problem is not null) return problem;
        var form = UploadForm.Validate(new Dictionary<string, string> { ["category"] = category ?? "", ["title"] = (title ?? "").Trim() }, Opened!.Reader);
        if (file is null || file.Length == 0) return Failed("请选择要上传的文件。");
        if (form.Problem is not null) return Failed(ProblemText(form.Problem));

        await using var content = file.OpenReadStream();
        var result = await dossier.AddFileAsync(new DossierFileAddition(DossierOwner.Case(caseId), form.Category, form.Title, file.FileName,
            file.ContentType, UploadDocument.ActorOf(User), "online-upload"), content, ct);
        await UploadForm.AuditAsync(audit, caseId, Opened.Case.Number, file.FileName, result, ct);
        if (!result.Succeeded) return Failed(result.Refusal!.Detail);

        await OpenAsync(caseId, ct);
        UploadMessage = $"已提交“{form.Title}”，共 {result.Added!.PageCount} 页。";
        return Page();
    }

    /// <summary>一键归档 from the page: court staff of a sealed dossier only.</summary>
    public async Task<IActionResult> OnPostArchiveAsync(Guid caseId, CancellationToken ct)
    {
        var problem = await OpenAsync(caseId, ct);
        if (problem is not null) return problem;
        if (!Opened!.Reader.ActsForCourt) return StatusCode(StatusCodes.Status403Forbidden);
        if (Opened.Dossier is not { IsSealed: true } sealedDossier) return Failed("本案尚未结案，卷宗未封存，暂不能归档。");
        await archiver.CreateAsync(Opened.Case, sealedDossier, User.NameWithRole(), ct);
        return RedirectToPage(new { caseId });
    }

    private async Task<IActionResult?> OpenAsync(Guid caseId, CancellationToken ct)
    {
        var (opened, problem) = await CaseDossier.OpenAsync(caseId, User, gate, db, ct);
        Opened = opened;
        if (opened is { Reader.ActsForCourt: true, Dossier: { } d })
            Archives = await db.Archives.AsNoTracking().Where(a => a.DossierId == d.Id).OrderByDescending(a => a.CreatedAt).ToListAsync(ct);
        return problem switch
        {
            null => null,
            IStatusCodeHttpResult { StatusCode: 404 } => NotFound(),
            _ => StatusCode(StatusCodes.Status403Forbidden),
        };
    }

    private PageResult Failed(string message)
    {
        UploadMessage = message;
        UploadFailed = true;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private static string ProblemText(IResult problem) =>
        problem is Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult p ? p.ProblemDetails.Detail ?? "填写有误。" : "填写有误。";
}
