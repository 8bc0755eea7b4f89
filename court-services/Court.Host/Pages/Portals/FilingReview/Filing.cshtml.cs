using Court.Host.Calendar;
using Court.Host.Cases;
using Court.Host.Identity;
using Court.Host.Litigation;
using Court.Host.Litigation.Filings;
using Court.Host.Litigation.Lawyers;
using Court.Host.Litigation.Mediation;
using Court.Host.Litigation.Payments;
using Court.Host.Litigation.Progress;
using Court.Host.Litigation.Review;
using Court.Host.Litigation.Service;
using Court.Host.Persistence;
using Court.Kernel;
using Court.Kernel.Access;
using Court.Kernel.Audit;
using Court.Kernel.Calendar;
using Court.Kernel.Dossier;
using Court.Kernel.Filing;
using Court.Kernel.Notifications;
using Court.Seeds.Reference;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Pages.Portals.FilingReview;

/// <summary>
/// One filing under review, in full, and the clerk's decisions on it: 受理, 通知补正, 不予受理, 委派诉前调解, and 核验纸质授权委托书.
/// Each decision is the API's own handler; a refusal is shown as the handler's Chinese detail.
/// </summary>
[Authorize(Roles = CourtRoles.FilingClerk)]
internal sealed class FilingModel(CourtDb db, FeePayments payments, ICourtCalendar calendar, StatutoryDeadlines deadlines, TimeProvider clock,
    ReferenceData reference) : PageModel
{
    public FilingView Filing { get; private set; } = null!;

    public FilingCaseKind? Kind { get; private set; }

    public FeePayment? Payment { get; private set; }

    public IReadOnlyList<PowerOfAttorneyView> Attorneys { get; private set; } = [];

    public PreFilingMediation? Mediation { get; private set; }

    public (string Number, string QueryCode)? AcceptedCase { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Judges { get; private set; } = [];

    public IReadOnlyList<MediationOrganisation> Organisations { get; private set; } = [];

    /// <summary>Where a correction period of the default length would end if asked for today (民事诉讼法第八十五条).</summary>
    public PeriodEnd? DefaultCorrectBy { get; private set; }

    public string? Message { get; private set; }

    /// <summary>The documents issued for the filing, each as a version of its kind, the current one marked.</summary>
    public IReadOnlyList<FilingDocumentVersion> IssuedDocuments { get; private set; } = [];

    public string? Problem { get; private set; }

    /// <summary>Which decision form the problem belongs to, so it is shown next to it.</summary>
    public string? ProblemFor { get; private set; }

    [BindProperty] public Guid? JudgeId { get; set; }
    [BindProperty] public string? CorrectionItems { get; set; }
    [BindProperty] public Dictionary<string, string> ItemsByStep { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The decision waiting for the clerk's confirmation (<c>accept</c> or <c>reject</c>), shown before anything is issued.</summary>
    public string? Confirming { get; private set; }
    [BindProperty] public int? CorrectionDays { get; set; }
    [BindProperty] public string? CorrectionNote { get; set; }
    [BindProperty] public string? Reasoning { get; set; }
    [BindProperty] public string? LegalBasis { get; set; }
    [BindProperty] public string? OrganisationCode { get; set; }
    [BindProperty] public string? MediatorName { get; set; }

    public bool UnderReview => Filing.Status == nameof(FilingStatus.Submitted);

    public async Task<IActionResult> OnGetAsync(Guid filingId, CancellationToken ct) => await LoadAsync(filingId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAcceptAsync(Guid filingId, [FromServices] CaseRegister register, [FromServices] IDossierApi dossier,
        [FromServices] FilingDocuments documents, [FromServices] ElectronicServiceOfDocuments service,
        [FromServices] CaseProgress progress, [FromServices] StatutoryDeadlines deadlines, [FromServices] IAuditLog audit, bool confirmed,
        CancellationToken ct)
    {
        if (!confirmed) return await ConfirmAsync(filingId, "accept", ct);
        var accepted = await AcceptFiling.HandleAsync(filingId, JudgeId, User, db, register, dossier, documents, service, payments, progress, deadlines,
            audit, clock, ct);
        return await AnswerAsync(filingId, "accept", accepted.Problem,
            () => $"已受理立案，案号{accepted.Value!.CaseNumber}，查询码{QueryCode.Display(accepted.Value.QueryCode)}。受理通知书和举证通知书已送达。", ct);
    }

    public async Task<IActionResult> OnPostCorrectAsync(Guid filingId, [FromServices] FilingDocuments documents,
        [FromServices] ElectronicServiceOfDocuments service, [FromServices] CaseProgress progress, [FromServices] StatutoryDeadlines deadlines,
        [FromServices] IAuditLog audit, CancellationToken ct)
    {
        var items = Court.Host.Pages.Portals.Filing.CorrectionItems.Steps
            .SelectMany(step => PageForms.Lines(ItemsByStep.GetValueOrDefault(step.Slug)).Select(i => Court.Host.Pages.Portals.Filing.CorrectionItems.Tagged(step.Slug, i)))
            .Concat(PageForms.Lines(CorrectionItems)).ToList();
        var request = new CorrectionRequest(items, CorrectionDays,
            string.IsNullOrWhiteSpace(CorrectionNote) ? null : CorrectionNote.Trim());
        if (PageForms.Invalid(request) is { } invalid) return await AnswerAsync(filingId, "correct", LitigationProblem.Invalid(invalid), () => "", ct);
        var corrected = await RequestCorrection.HandleAsync(filingId, request, User, db, documents, service, progress, deadlines, audit, clock, ct);
        return await AnswerAsync(filingId, "correct", corrected.Problem,
            () => $"已通知补正，补正期限至{corrected.Value!.CorrectBy:yyyy年M月d日}{(corrected.Value.CorrectByProvisional ? $"（{PeriodEnd.ProvisionalNote}）" : "")}。补正通知书已送达申请人。", ct);
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid filingId, [FromServices] FilingDocuments documents,
        [FromServices] ElectronicServiceOfDocuments service, [FromServices] CaseProgress progress, [FromServices] IAuditLog audit,
        bool confirmed, CancellationToken ct)
    {
        var request = new RejectionRequest(Reasoning?.Trim(), PageForms.Lines(LegalBasis));
        if (PageForms.Invalid(request) is { } invalid) return await AnswerAsync(filingId, "reject", LitigationProblem.Invalid(invalid), () => "", ct);
        if (!confirmed) return await ConfirmAsync(filingId, "reject", ct);
        var rejected = await RejectFiling.HandleAsync(filingId, request, User, db, documents, service, payments, progress, audit, clock, ct);
        return await AnswerAsync(filingId, "reject", rejected.Problem, () => "已裁定不予受理，裁定书已送达申请人，预交的诉讼费将全额退还。", ct);
    }

    public async Task<IActionResult> OnPostMediateAsync(Guid filingId, [FromServices] CaseProgress progress, [FromServices] IAuditLog audit,
        CancellationToken ct)
    {
        var request = new AssignMediationRequest(OrganisationCode, string.IsNullOrWhiteSpace(MediatorName) ? null : MediatorName);
        if (PageForms.Invalid(request) is { } invalid) return await AnswerAsync(filingId, "mediate", LitigationProblem.Invalid(invalid), () => "", ct);
        var assigned = await AssignMediation.HandleAsync(filingId, request, User, db, progress, audit, reference, clock, ct);
        return await AnswerAsync(filingId, "mediate", assigned.Problem,
            () => $"已委派{assigned.Value!.OrganisationName}进行诉前调解，调解期限至{assigned.Value.Deadline:yyyy年M月d日}。", ct);
    }

    public async Task<IActionResult> OnPostVerifyAsync(Guid filingId, Guid grantId, [FromServices] IDossierApi dossier, [FromServices] INotifier notifier, [FromServices] IAuditLog audit,
        CancellationToken ct)
    {
        // Only a power of attorney given for this filing is verified from its page.
        var ofThisFiling = await db.PowersOfAttorney.AnyAsync(g => g.Id == grantId && g.FilingId == filingId, ct);
        var verified = ofThisFiling
            ? await PowersOfAttorneyEndpoints.VerifyAsync(grantId, User, db, dossier, notifier, audit, reference, clock, ct)
            : LitigationProblem.NotFound("没有找到这份授权委托。");
        return await AnswerAsync(filingId, "verify", verified.Problem, () => $"已核验{verified.Value!.ClientName}签署的纸质授权委托书。", ct);
    }

    /// <summary>受理 and 不予受理 cannot be undone: the first click shows what will happen and asks again; nothing is issued yet.</summary>
    private async Task<IActionResult> ConfirmAsync(Guid filingId, string decision, CancellationToken ct)
    {
        if (!await LoadAsync(filingId, ct)) return NotFound();
        Confirming = decision;
        return Page();
    }

    private async Task<IActionResult> AnswerAsync(Guid filingId, string form, LitigationProblem? problem, Func<string> success, CancellationToken ct)
    {
        if (problem is null) Message = success();
        else (Problem, ProblemFor) = (problem.Detail, form);
        if (!await LoadAsync(filingId, ct)) return NotFound();
        if (problem is not null && problem.Status >= StatusCodes.Status400BadRequest) Response.StatusCode = problem.Status;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid filingId, CancellationToken ct)
    {
        if (await FilingAccess.FindAsync(db, User, filingId, ct) is not { Viewer: FilingViewer.Clerk, Filing: var filing }) return false;
        Filing = FilingView.Of(filing, FilingViewer.Clerk, reference, await deadlines.ProvisionalKindsAsync(filingId, ct));
        Kind = filing.KindSlug is { } slug && reference.FilingKinds.TryGet(slug, out var kind) ? kind : null;
        Payment = await payments.FindForFilingAsync(filingId, ct);
        var grants = await db.PowersOfAttorney.AsNoTracking().Where(g => g.FilingId == filingId).OrderBy(g => g.RequestedAt).ToListAsync(ct);
        Attorneys = await PowersOfAttorneyEndpoints.ViewsAsync(db, grants, ct);
        IssuedDocuments = await FilingDocumentVersions.OfAsync(db, filingId, ct);
        Mediation = await db.PreFilingMediations.AsNoTracking().SingleOrDefaultAsync(m => m.FilingId == filingId, ct);
        if (filing.CaseId is { } caseId)
            AcceptedCase = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => new { c.Number, c.QueryCode })
                .SingleOrDefaultAsync(ct) is { } c ? (c.Number, c.QueryCode) : null;
        var judgeRole = await db.Roles.Where(r => r.Name == CourtRoles.Judge).Select(r => r.Id).SingleAsync(ct);
        Judges = (await db.Set<CourtUser>().AsNoTracking().Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == judgeRole))
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct)).Select(u => (u.Id, u.DisplayName)).ToList();
        Organisations = Kind is null ? [] : reference.MediationOrganisations.For(Kind.Slug);
        DefaultCorrectBy = StatutoryPeriod.EndOfDayPeriod(ShanghaiTime.Today(clock), RequestCorrection.DefaultDays, calendar.Current);
        return true;
    }
}
