using Court.Host.Calendar;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Court.Host.Access;
using Court.Host.Litigation.Filings;
using Court.Host.Litigation.Progress;
using Court.Host.Litigation.Service;
using Court.Host.Persistence;
using Court.Kernel;
using Court.Kernel.Audit;
using Court.Kernel.Calendar;
using Court.Kernel.Dossier;
using Court.Seeds.Reference;

namespace Court.Host.Litigation.Review;

internal sealed record CorrectionRequest(
    [property: Required(ErrorMessage = "请逐项写明需要补正的内容。"), MinLength(1, ErrorMessage = "请逐项写明需要补正的内容。"),
        MaxLength(20, ErrorMessage = "补正事项最多20项。")] IReadOnlyList<string>? Items,
    [property: Range(1, 30, ErrorMessage = "补正期限应为1至30日。")] int? Days,
    [property: StringLength(500, ErrorMessage = "说明不能超过500字。")] string? Note) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if ((Items ?? []).Any(i => string.IsNullOrWhiteSpace(i) || i.Length > 300))
            yield return new ValidationResult("每一项补正内容应为1至300字。", [nameof(Items)]);
    }
}

internal sealed record CorrectionView(string Status, IReadOnlyList<string> Items, DateOnly CorrectBy, bool CorrectByProvisional, Guid NoticeDocumentId);

/// <summary>
/// 通知补正 (登记立案规定第七条): the filer is told exactly what to fix and by when — the period (default 15 days) ends under
/// 民事诉讼法第八十五条, a last day on a rest day moving to the next working day — and edits and resubmits the same filing.
/// </summary>
internal static class RequestCorrection
{
    public const int DefaultDays = 15;

    internal static void MapRequestCorrection(this RouteGroupBuilder review) =>
        review.MapPost("/{filingId:guid}/correction", async (Guid filingId, CorrectionRequest request, ClaimsPrincipal user, CourtDb db,
                FilingDocuments documents, ElectronicServiceOfDocuments service, CaseProgress progress, StatutoryDeadlines deadlines, IAuditLog audit,
                TimeProvider clock, CancellationToken ct) => (await HandleAsync(filingId, request, user, db, documents, service, progress, deadlines, audit, clock, ct)).ToResult(TypedResults.Ok))
            .WithSummary("通知补正");

    internal static async Task<Outcome<CorrectionView>> HandleAsync(Guid filingId, CorrectionRequest request, ClaimsPrincipal user, CourtDb db,
        FilingDocuments documents, ElectronicServiceOfDocuments service, CaseProgress progress, StatutoryDeadlines deadlines, IAuditLog audit,
        TimeProvider clock, CancellationToken ct)
    {
        var found = await ReviewedFiling.FindAsync(db, user, filingId, ct);
        if (found.Problem is { } problem) return problem;
        var filing = found.Value!;
        var today = ShanghaiTime.Today(clock);
        var items = request.Items!.Select(FilingText.Clean).ToList();
        var period = await deadlines.SetAsync(DeadlineKind.FilingCorrection, filing.Id, today, request.Days ?? DefaultDays, "补正期限",
            $"/Portals/Filing/{filing.Id}", [filing.FiledById], ct);
        var correctBy = period.End;

        filing.Status = FilingStatus.CorrectionRequested;
        filing.CorrectionItems = string.Join('\n', items);
        filing.CorrectBy = correctBy;
        filing.ReviewDueOn = null;
        filing.ReviewedById = user.UserId();
        var saved = await FilingSaves.SaveAsync(db, filing, clock, ct);
        if (saved.Problem is { } stale) return stale;

        var notice = await documents.IssueOnceAsync(filing, DossierOwner.FilingDraft(filing.Id), new CorrectionNotice
        {
            CourtName = documents.CourtNameOf(filing), CaseNumber = filing.Reference, IssuedOn = today,
            Recipient = filing.Parties.FirstOrDefault(p => p.UserId == filing.FiledById)?.Name ?? user.Identity?.Name ?? "",
            Cause = documents.CauseOf(filing),
            Items = items, CorrectBy = correctBy, CorrectByProvisional = period.Provisional, Note = string.IsNullOrWhiteSpace(request.Note) ? null : FilingText.Clean(request.Note),
        }, DossierCategory.AcceptanceMaterials, FilingDocuments.ActorOf(user), filing.Round, ct);
        if (notice.Problem is { } noticeProblem) return noticeProblem;
        await ReviewedFiling.ServeAsync(db, service, documents, filing, DossierOwner.FilingDraft(filing.Id), filing.Reference, [notice.Value!], user, ct);
        await progress.RecordForFilingAsync(filing.Id, filing.FiledById, ProgressNodeKind.CorrectionRequested, "立案法官通知补正材料",
            $"请于{period.Display}前补正：{string.Join("；", items)}", $"filing:{filing.Id}:correction:{filing.Round}", ct);
        await audit.WriteAsync(new AuditRecord("filing.correction", CaseNumber: filing.Reference), ct);
        return new CorrectionView(filing.Status.ToString(), items, correctBy, period.Provisional, notice.Value!.DocumentId);
    }
}
