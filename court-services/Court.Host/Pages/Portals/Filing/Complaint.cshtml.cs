using Court.Host.Litigation.Filings;
using Court.Host.Persistence;
using Court.Kernel.Filing;
using Court.Seeds.Reference;
using Microsoft.AspNetCore.Mvc;

namespace Court.Host.Pages.Portals.Filing;

/// <summary>
/// 起诉要素: the element-based complaint form of the kind (<see cref="FilingCaseKind.Fields"/>), with 诉讼请求 and 事实与理由. What is
/// typed is saved first; then <see cref="ElementForm.Validate"/>'s messages are shown next to their fields.
/// </summary>
internal sealed class ComplaintModel(CourtDb db, TimeProvider clock) : FilingStepModel(db, clock)
{
    public override string Step => FilingSteps.Complaint;

    public string Value(string key) => Filing.Elements.GetValueOrDefault(key) ?? "";

    public async Task<IActionResult> OnGetAsync(Guid filingId, CancellationToken ct) =>
        await LoadAsync(filingId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid filingId, int version, string? go, Dictionary<string, string>? elements, string? claims,
        string? factsAndReasons, CancellationToken ct)
    {
        if (await LoadAsync(filingId, ct) is { } refused) return refused;
        if (Kind is not { } kind) return Page();
        var posted = kind.Fields.ToDictionary(f => f.Key, f => (string?)(elements?.GetValueOrDefault(f.Key)?.Trim() ?? ""));
        // Answers of another kind (the filer changed the kind) are removed rather than reported as unknown items.
        foreach (var stale in Filing.Elements.Keys.Where(k => kind.Field(k) is null)) posted[stale] = "";

        if (await SaveDraftAsync(new SaveDraftRequest(version, null, null, null, posted, claims ?? "", factsAndReasons ?? "", null), ct) is { } problem)
        {
            Problem = problem.Detail;
            return Page();
        }
        if (go == "back") return Redirect(PathOf(FilingSteps.Court));

        var answers = Filing.Elements.ToDictionary(e => e.Key, e => (string?)e.Value);
        foreach (var error in ElementForm.Validate(kind, answers, Today, Calendar))
            FieldErrors[error.Field] = FieldErrors.TryGetValue(error.Field, out var earlier) ? earlier + error.Message : error.Message;
        if (FilingText.Lines(Filing.Claims).Count == 0) FieldErrors["claims"] = "请填写诉讼请求，每行一项，如“判令被告偿还借款本金200,000元”。";
        if (FieldErrors.Count > 0)
        {
            Problem = "已保存草稿。以下内容需要修改后才能继续：请按红字提示填写。";
            return Page();
        }
        return Redirect(PathOf(Next(FilingSteps.Materials)));
    }
}
