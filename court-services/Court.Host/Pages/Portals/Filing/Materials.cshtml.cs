using Court.Host.Litigation.Filings;
using Court.Host.Persistence;
using Court.Kernel.Audit;
using Court.Kernel.Dossier;
using Microsoft.AspNetCore.Mvc;

namespace Court.Host.Pages.Portals.Filing;

/// <summary>
/// 材料: the filer's uploads into the filing's dossier through the e-dossier's own checks (<see cref="IDossierApi.AddFileAsync"/>),
/// streamed from this page's form so that it works without JavaScript, and the list of what the dossier holds.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
internal sealed class MaterialsModel(CourtDb db, TimeProvider clock, IDossierApi dossier, IFilingDossierAccess access, IAuditLog audit)
    : FilingStepModel(db, clock)
{
    /// <summary>Above the e-dossier's own file limit, so that it is the dossier that refuses a large file, with its message.</summary>
    private const long MaxRequestBytes = 64L * 1024 * 1024;

    public static readonly IReadOnlyList<DossierCategory> Categories = [DossierCategory.Pleadings, DossierCategory.Evidence, DossierCategory.OtherOpen];

    public override string Step => FilingSteps.Materials;

    public IReadOnlyList<DossierListing> Documents { get; private set; } = [];

    public string? Uploaded { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid filingId, CancellationToken ct)
    {
        if (await LoadAsync(filingId, ct) is { } refused) return refused;
        Documents = await dossier.ListOpenVolumeAsync(DossierOwner.FilingDraft(filingId), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid filingId, IFormFile? file, string? category, string? title, CancellationToken ct)
    {
        if (await LoadAsync(filingId, ct) is { } refused) return refused;
        Problem = await UploadAsync(filingId, file, category, title?.Trim() ?? "", ct);
        Documents = await dossier.ListOpenVolumeAsync(DossierOwner.FilingDraft(filingId), ct);
        return Page();
    }

    public IActionResult OnPost(Guid filingId, string? go) =>
        Redirect(FilingSteps.PathOf(filingId, go == "back" ? FilingSteps.Complaint : FilingSteps.Confirm));

    private async Task<string?> UploadAsync(Guid filingId, IFormFile? file, string? category, string title, CancellationToken ct)
    {
        if (await access.DecideAsync(User, filingId, ct) != FilingDossierAccess.EditingFiler) return "这份申请现在不能添加材料。";
        if (!DossierCategories.TryParse(category, out var chosen) || !Categories.Contains(chosen)) return "请选择材料类别：起诉材料、证据材料或其他材料。";
        if (title.Length is 0 or > 100 || title.Any(char.IsControl)) return "请填写材料名称（1至100个字），例如“借条”。";
        if (file is null || file.Length == 0) return "请选择要上传的文件（PDF、JPEG、PNG或TIFF）。";

        await using var content = file.OpenReadStream();
        var result = await dossier.AddFileAsync(new DossierFileAddition(DossierOwner.FilingDraft(filingId), chosen, title, file.FileName, file.ContentType,
            FilingDocuments.ActorOf(User), "online-filing"), content, ct);
        await audit.WriteAsync(new AuditRecord("dossier.filing.upload", Target: result.Added?.DocumentId.ToString() ?? file.FileName,
            ResultHash: result.Added?.Sha256, Outcome: result.Succeeded ? "Succeeded" : "Refused"), ct);
        if (!result.Succeeded) return result.Refusal!.Detail;
        Uploaded = $"已上传“{title}”，共 {result.Added!.PageCount} 页。";
        return null;
    }
}
