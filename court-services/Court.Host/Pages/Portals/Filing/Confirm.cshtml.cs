using Court.Host.Calendar;
using Court.Host.Litigation.Filings;
using Court.Host.Litigation.Payments;
using Court.Host.Litigation.Progress;
using Court.Host.Persistence;
using Court.Kernel.Audit;
using Court.Kernel.Fees;
using Court.Kernel.Filing;
using Court.Seeds.Reference;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Pages.Portals.Filing;

/// <summary>
/// 费用与确认: the fee with its breakdown and legal basis (<see cref="LitigationFees.Estimate"/> on the amount claimed), consent to
/// 诉前调解, a summary, and 提交 through <see cref="SubmitFiling"/> with an idempotency key made when the page was rendered, so a
/// double click submits once.
/// </summary>
internal sealed class ConfirmModel(CourtDb db, TimeProvider clock, FilingDocuments documents, FeePayments payments, CaseProgress progress,
    StatutoryDeadlines deadlines, IAuditLog audit) : FilingStepModel(db, clock)
{
    public override string Step => FilingSteps.Confirm;

    public FeeEstimate? Fee { get; private set; }

    /// <summary>Why there is no fee yet (the element form is not complete), or null.</summary>
    public string? FeePending { get; private set; }

    public IReadOnlyList<string> Missing { get; private set; } = [];

    public string IdempotencyKey { get; } = Guid.NewGuid().ToString("N");

    public async Task<IActionResult> OnGetAsync(Guid filingId, CancellationToken ct)
    {
        if (await LoadAsync(filingId, ct) is { } refused) return refused;
        await PrepareAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid filingId, int version, string? go, string? idempotencyKey, bool consentsToMediation,
        CancellationToken ct)
    {
        var found = await FilingAccess.FindAsync(Db, User, filingId, ct);
        // The second click of a double click arrives after the first has submitted: it answers what the first did.
        if (found is { Viewer: FilingViewer.Filer, Filing: { IsEditable: false } done } && done.SubmissionKey == idempotencyKey)
            return Redirect(FilingSteps.StatusPath(filingId));
        if (await LoadAsync(filingId, ct) is { } refused) return refused;

        if (consentsToMediation != Filing.ConsentsToMediation || go == "back")
        {
            if (await SaveDraftAsync(new SaveDraftRequest(version, null, null, null, null, null, null, consentsToMediation), ct) is { } problem)
                return await ShowAsync(problem.Detail, ct);
        }
        if (go == "back") return Redirect(PathOf(FilingSteps.Materials));

        var submitted = await SubmitFiling.HandleAsync(filingId, idempotencyKey, User, Db, documents, payments, progress, deadlines, audit, Clock, ct);
        if (submitted.Problem is { } refusal)
        {
            if (await SubmittedWithAsync(filingId, idempotencyKey, ct)) return Redirect(FilingSteps.StatusPath(filingId));
            return await ShowAsync(refusal.Detail, ct);
        }
        return Redirect(FilingSteps.StatusPath(filingId));
    }

    private async Task<bool> SubmittedWithAsync(Guid filingId, string? key, CancellationToken ct) =>
        key is not null && await Db.OnlineFilings.AsNoTracking().AnyAsync(f => f.Id == filingId && f.SubmissionKey == key, ct);

    private async Task<IActionResult> ShowAsync(string problem, CancellationToken ct)
    {
        await ReloadAsync(ct);
        Problem = problem;
        await PrepareAsync(ct);
        return Page();
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        var attorneys = await Db.PowersOfAttorney.AsNoTracking().Where(a => a.FilingId == Filing.Id).ToListAsync(ct);
        Missing = FilingCompleteness.Missing(Entity, attorneys, Today, deadlines.Calendar, Reference.FilingKinds);
        if (Kind is not { } kind)
        {
            FeePending = "确定案件类型后计算诉讼费。";
            return;
        }
        var answers = Filing.Elements.ToDictionary(e => e.Key, e => (string?)e.Value);
        if (ElementForm.Validate(kind, answers, Today, deadlines.Calendar).Count > 0)
        {
            FeePending = "起诉要素填写完整后计算诉讼费。";
            return;
        }
        try
        {
            Fee = LitigationFees.Estimate(kind.FeeKind, ElementForm.ClaimedAmount(kind, answers), [], FeeSchedule.Fujian);
        }
        catch (ArgumentException e)
        {
            FeePending = "无法计算诉讼费：" + e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
        }
    }
}
