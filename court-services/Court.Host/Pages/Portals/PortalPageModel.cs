using Court.Host.Features.Cases;
using Court.Host.Persistence;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.Host.Pages.Portals;

/// <summary>Every portal opens on the caller's own cases, drawn through the same rule as <c>GET /api/cases</c>.</summary>
internal abstract class PortalPageModel(CourtDb db) : PageModel
{
    public IReadOnlyList<CaseSummary> Cases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Cases = await ListCases.VisibleTo(User, db, ct);
}
