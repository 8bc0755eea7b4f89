using Court.EDossier.Access;
using Court.Kernel.Audit;
using Court.Kernel.Dossier;
using Microsoft.AspNetCore.Http;

namespace Court.EDossier.Features.Upload;

/// <summary>The form fields of an upload, checked against what the caller may file: parties file pleadings, evidence and other open material.</summary>
internal sealed record UploadForm(DossierCategory Category, string Title, IResult? Problem)
{
    private static readonly HashSet<DossierCategory> PartyCategories = [DossierCategory.Pleadings, DossierCategory.Evidence, DossierCategory.OtherOpen];

    public static UploadForm Validate(IReadOnlyDictionary<string, string> fields, DossierReader reader) =>
        Validate(fields, reader.ActsForCourt, reader.CanReadInternalVolume);

    public static UploadForm Validate(IReadOnlyDictionary<string, string> fields, bool actsForCourt, bool mayFileInternal)
    {
        if (!DossierCategories.TryParse(fields.GetValueOrDefault("category"), out var category))
            return Fail("category", $"请选择材料类别 category：{DossierCategories.SlugList}。");
        var title = fields.GetValueOrDefault("title") ?? "";
        if (title.Length is 0 or > 100 || title.Any(char.IsControl))
            return Fail("title", "请填写材料名称（1至100个字，不含换行等控制字符），例如“借款合同”。");
        if (category.Volume() == DossierVolume.Internal && !mayFileInternal)
            return new UploadForm(category, title, DossierProblems.NotForThisVolume());
        if (!actsForCourt && !PartyCategories.Contains(category))
            return Fail("category", "当事人和诉讼代理人可提交起诉材料（pleadings）、证据材料（evidence）和其他材料（other）。");
        return new UploadForm(category, title, null);
    }

    /// <summary>Every upload attempt, accepted or refused, from the API or the page.</summary>
    public static Task AuditAsync(IAuditLog audit, Guid caseId, string caseNumber, string fileName, DossierAddResult result, CancellationToken ct) =>
        audit.WriteAsync(new AuditRecord("dossier.upload", caseId, caseNumber, Target: result.Added?.DocumentId.ToString() ?? fileName,
            ResultHash: result.Added?.Sha256, Outcome: result.Succeeded ? "Succeeded" : "Refused"), ct);

    private static UploadForm Fail(string field, string message) => new(default, "", DossierProblems.Invalid(field, message));
}
