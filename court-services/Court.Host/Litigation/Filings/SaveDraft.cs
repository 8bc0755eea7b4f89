using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Json;
using Court.Host.Persistence;
using Court.Seeds.Reference;

namespace Court.Host.Litigation.Filings;

/// <summary>
/// One save of the draft: every field is optional, and a field left out keeps what was saved. <see cref="Version"/> is the
/// version the filer's page was based on.
/// </summary>
internal sealed record SaveDraftRequest(
    [property: Required(ErrorMessage = "缺少草稿版本号，请刷新页面后重试。")] int? Version,
    [property: StringLength(40, ErrorMessage = "案件类型无效。")] string? Kind,
    [property: StringLength(16, ErrorMessage = "法院代码无效。")] string? CourtCode,
    IReadOnlyDictionary<string, string?>? Interview,
    IReadOnlyDictionary<string, string?>? Elements,
    [property: StringLength(OnlineFiling.TextMaxLength, ErrorMessage = "诉讼请求不能超过4000字。")] string? Claims,
    [property: StringLength(OnlineFiling.TextMaxLength, ErrorMessage = "事实与理由不能超过4000字。")] string? FactsAndReasons,
    bool? ConsentsToMediation) : IValidatableObject
{
    public const int MaxAnswers = 80;
    public const int AnswerMaxLength = 1000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var reference = validationContext.GetService(typeof(ReferenceData)) as ReferenceData
            ?? throw new InvalidOperationException("A draft is validated with the host's services, which hold the reference data.");
        if (CourtCode is { Length: > 0 } code && !reference.Courts.Contains(code))
            yield return new ValidationResult($"没有代码为“{code}”的法院。", [nameof(CourtCode)]);
        foreach (var (name, answers) in new[] { (nameof(Interview), Interview), (nameof(Elements), Elements) })
        {
            if (answers is null) continue;
            if (answers.Count > MaxAnswers)
                yield return new ValidationResult("填写的项目过多。", [name]);
            if (answers.Any(a => a.Key.Length is 0 or > 60 || a.Value?.Length > AnswerMaxLength))
                yield return new ValidationResult($"每一项内容不能超过{AnswerMaxLength}字。", [name]);
        }
    }
}

internal sealed record SavedDraft(int Version, DateTime SavedAt);

/// <summary>保存草稿: what the guided interview and the element form send as the filer goes.</summary>
internal static class SaveDraft
{
    internal static void MapSaveDraft(this RouteGroupBuilder filings) =>
        filings.MapPut("/{filingId:guid}", async (Guid filingId, SaveDraftRequest request, ClaimsPrincipal user, CourtDb db, TimeProvider clock,
                CancellationToken ct) => (await HandleAsync(filingId, request, user, db, clock, ct)).ToResult(TypedResults.Ok))
            .WithSummary("保存立案草稿");

    internal static async Task<Outcome<SavedDraft>> HandleAsync(Guid filingId, SaveDraftRequest request, ClaimsPrincipal user, CourtDb db,
        TimeProvider clock, CancellationToken ct)
    {
        var found = await FilingAccess.FindEditableAsync(db, user, filingId, request.Version, ct);
        if (found.Problem is { } problem) return problem;
        var filing = found.Value!;

        if (request.Kind is not null) filing.KindSlug = request.Kind.Length == 0 ? null : request.Kind.Trim();
        if (request.CourtCode is not null) filing.CourtCode = request.CourtCode.Length == 0 ? null : request.CourtCode;
        if (request.Interview is not null) filing.InterviewJson = Merge(filing.InterviewJson, request.Interview);
        if (request.Elements is not null) filing.ElementsJson = Merge(filing.ElementsJson, request.Elements);
        if (request.Claims is not null) filing.Claims = FilingText.Clean(request.Claims);
        if (request.FactsAndReasons is not null) filing.FactsAndReasons = FilingText.Clean(request.FactsAndReasons);
        if (request.ConsentsToMediation is { } mediation) filing.ConsentsToMediation = mediation;
        return await FilingSaves.SaveAsync(db, filing, clock, ct);
    }

    /// <summary>Answers replace those with the same key; an empty answer removes it.</summary>
    internal static string Merge(string json, IReadOnlyDictionary<string, string?> answers)
    {
        var merged = FilingAnswers.Read(json);
        foreach (var (key, value) in answers)
        {
            var clean = FilingText.Clean(value);
            if (clean.Length == 0) merged.Remove(key);
            else merged[key] = clean;
        }
        return JsonSerializer.Serialize(merged);
    }
}

internal static class FilingAnswers
{
    public static Dictionary<string, string> Read(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}

internal static class FilingSaves
{
    /// <summary>Saves with the version check; a concurrent save that got there first makes this one a 409, never a silent overwrite.</summary>
    public static async Task<Outcome<SavedDraft>> SaveAsync(CourtDb db, OnlineFiling filing, TimeProvider clock, CancellationToken ct)
    {
        filing.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        filing.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            return LitigationProblem.StaleVersion;
        }
        return new SavedDraft(filing.Version, filing.UpdatedAt);
    }
}
