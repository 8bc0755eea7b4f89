using Court.Host.Access;
using Court.Host.Features.Me;
using Court.Host.Identity;
using Court.Host.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.Host.Pages.Portals;

internal sealed class DataAccessModel(CourtDb db, UserManager<CourtUser> users) : PageModel
{
    public IReadOnlyList<DataAccessView> Entries { get; private set; } = [];

    public bool HasIdentifier { get; private set; }

    public bool Unverified { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = await users.FindByIdAsync(User.UserId().ToString());
        HasIdentifier = !string.IsNullOrEmpty(user?.IdentifierNumber);
        Unverified = HasIdentifier && user is { IdentityVerified: false };
        Entries = Unverified ? [] : await GetDataAccessLog.ForAsync(db, user?.IdentifierNumber, ct);
    }
}
