using Court.Host.Persistence;
using Court.Kernel.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Pages.Admin;

internal sealed class IndexModel(CourtDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        var users = await db.Users.OrderBy(u => u.UserName).ToListAsync(ct);
        Users = users.Select(u => new UserRow(u.UserName!, u.DisplayName,
            string.Join("、", roles.Where(r => r.UserId == u.Id).Select(r => CourtRoles.ChineseNames.GetValueOrDefault(r.Name!, r.Name!))),
            u.LockoutEnd > now ? u.LockoutEnd : null)).ToList();
    }

    internal sealed record UserRow(string UserName, string DisplayName, string Roles, DateTimeOffset? LockedUntil);
}
