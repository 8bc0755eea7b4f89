using Court.Host.Access;
using Court.Host.Litigation.Progress;
using Court.Host.Persistence;
using Court.Seeds.Reference;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.Host.Pages.Portals.Cases;

/// <summary>案件进度 in the portal: the same nodes and rule as <c>GET /api/cases/{caseNumber}/progress</c>.</summary>
internal sealed class ProgressModel(CourtDb db, ReferenceData reference) : PageModel
{
    public ProgressCase Case { get; private set; } = null!;

    public IReadOnlyList<ProgressEntry> Nodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid caseId, CancellationToken ct)
    {
        if (await ProgressTimeline.FindByIdAsync(db, reference, caseId, User.UserId(), ct) is not { Case: var found, Nodes: var nodes }) return NotFound();
        if (!found.CallerIsOnCase) return StatusCode(StatusCodes.Status403Forbidden);
        Case = found;
        Nodes = nodes;
        return Page();
    }
}
