using Court.Kernel.Calendar;
using Court.Host.Litigation;
using Court.Host.Litigation.Filings;
using Court.Host.Persistence;
using Court.Kernel;
using Court.Kernel.Access;
using Court.Kernel.Filing;
using Court.Kernel.Http;
using Court.Seeds.Reference;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.Host.Pages.Portals.Filing;

/// <summary>
/// A step of the guided filing (智能导引). Each step loads the filing through <see cref="FilingAccess"/>, saves through the same
/// handlers as the API, and shows a handler's <see cref="LitigationProblem.Detail"/> when it refuses. A filing that can no longer be
/// edited (submitted, accepted …) sends the filer to its status page.
/// </summary>
[Authorize(Roles = CourtRoles.Litigant + "," + CourtRoles.Lawyer)]
internal abstract class FilingStepModel(CourtDb db, TimeProvider clock) : PageModel
{
    protected CourtDb Db => db;

    protected TimeProvider Clock => clock;

    public abstract string Step { get; }

    public FilingView Filing { get; private set; } = null!;

    /// <summary>The filing as stored, for the pure checks (completeness, element form) that take it.</summary>
    protected OnlineFiling Entity { get; private set; } = null!;

    public ReferenceData Reference => HttpContext.RequestServices.GetRequiredService<ReferenceData>();

    public FilingCaseKind? Kind => Filing.Kind is { } slug && Reference.FilingKinds.TryGet(slug, out var kind) ? kind : null;

    /// <summary>Why the last action did not go through, in Chinese (shown in an alert next to the form).</summary>
    public string? Problem { get; protected set; }

    /// <summary>Field key → Chinese message, shown under the field.</summary>
    public Dictionary<string, string> FieldErrors { get; } = new(StringComparer.Ordinal);

    public string? ErrorFor(string key) => FieldErrors.GetValueOrDefault(key);

    public string PathOf(string step) => FilingSteps.PathOf(Filing.Id, step);

    public DateOnly Today => ShanghaiTime.Today(clock);

    /// <summary>The court's calendar as it stands, for the checks a step makes on dates (e.g. a period to sue).</summary>
    protected RestDayCalendar Calendar => HttpContext.RequestServices.GetRequiredService<ICourtCalendar>().Current;

    /// <summary>Loads the caller's editable filing; otherwise the result to answer with (404, or a redirect to the status page).</summary>
    protected async Task<IActionResult?> LoadAsync(Guid filingId, CancellationToken ct)
    {
        var found = await FilingAccess.FindAsync(db, User, filingId, ct);
        if (found is not { } f) return NotFound();
        if (f.Viewer != FilingViewer.Filer || !f.Filing.IsEditable) return Redirect(FilingSteps.StatusPath(filingId));
        Entity = f.Filing;
        Filing = FilingView.Of(f.Filing, f.Viewer, Reference);
        ViewData[CorrectingKey] = Correcting;
        return null;
    }

    public const string CorrectingKey = "FilingCorrecting";

    /// <summary>The clerk asked for a correction: the filer mends what the items concern and goes back to 确认, not through every step.</summary>
    public bool Correcting => Entity.Status == FilingStatus.CorrectionRequested;

    /// <summary>The step 下一步 leads to: the next one, or 费用与确认 when correcting.</summary>
    protected string Next(string step) => Correcting ? FilingSteps.Confirm : step;

    /// <summary>The clerk's correction items that concern <paramref name="step"/> (an item starting with the step's name and "：").</summary>
    public IReadOnlyList<string> CorrectionItemsFor(string step) => Correcting ? CorrectionItems.For(Filing.CorrectionItems, step) : [];

    /// <summary>Saves through <see cref="SaveDraft"/>, validating the request as its endpoint does; null when saved.</summary>
    protected async Task<LitigationProblem?> SaveDraftAsync(SaveDraftRequest request, CancellationToken ct)
    {
        var invalid = RequestValidation.Validate(request, HttpContext.RequestServices);
        if (invalid.Count > 0) return LitigationProblem.Invalid(string.Join("", invalid.Values.SelectMany(m => m)));
        var saved = await SaveDraft.HandleAsync(Filing.Id, request, User, db, clock, ct);
        if (saved.Problem is null) await ReloadAsync(ct);
        return saved.Problem;
    }

    protected async Task ReloadAsync(CancellationToken ct)
    {
        var found = (await FilingAccess.FindAsync(db, User, Filing.Id, ct))!.Value;
        Entity = found.Filing;
        Filing = FilingView.Of(found.Filing, found.Viewer, Reference);
    }

    /// <summary>上一步 / 下一步: every step's buttons post, so what was typed is saved whichever way the filer goes.</summary>
    protected IActionResult Go(string? go, string back, string next) =>
        Redirect(PathOf(go == "back" ? back : next));
}

internal sealed record FilingStep(string Slug, string Name);

internal static class FilingSteps
{
    public const string Situation = nameof(Situation);
    public const string Parties = nameof(Parties);
    public const string Court = nameof(Court);
    public const string Complaint = nameof(Complaint);
    public const string Materials = nameof(Materials);
    public const string Confirm = nameof(Confirm);

    public static readonly IReadOnlyList<FilingStep> All =
    [
        new(Situation, "您的情况"), new(Parties, "当事人"), new(Court, "管辖法院"), new(Complaint, "起诉要素"), new(Materials, "材料"),
        new(Confirm, "费用与确认"),
    ];

    public static string PathOf(Guid filingId, string step) => $"/Portals/Filing/{filingId}/{step}";

    public static string StatusPath(Guid filingId) => $"/Portals/Filing/{filingId}";

    public static string KindName(ReferenceData reference, string? slug) =>
        slug is not null && reference.FilingKinds.TryGet(slug, out var kind) ? kind.Name : "尚未确定";
}
