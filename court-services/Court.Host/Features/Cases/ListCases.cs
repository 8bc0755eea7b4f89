using Court.Host.Access;
using Court.Host.Cases;
using Court.Host.Persistence;
using Court.Kernel.Access;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Features.Cases;

internal sealed record CaseSummary(Guid Id, string CaseNumber, string TypeCode, string Title, string Status, string StatusName, IReadOnlyList<string> MyRoles);

/// <summary>The cases the caller may see: those in which they have a role; the whole register for a court admin.</summary>
internal static class ListCases
{
    internal static void MapListCases(this RouteGroupBuilder api) =>
        api.MapGet("/cases", HandleAsync).RequireAuthorization().WithSummary("我可查看的案件");

    internal static async Task<IReadOnlyList<CaseSummary>> HandleAsync(HttpContext http, CourtDb db, CancellationToken ct) =>
        await VisibleTo(http.User, db, ct);

    internal static async Task<IReadOnlyList<CaseSummary>> VisibleTo(System.Security.Claims.ClaimsPrincipal user, CourtDb db, CancellationToken ct)
    {
        var userId = user.UserId();
        var query = user.IsInRole(CourtRoles.CourtAdmin)
            ? db.Cases
            : db.Cases.Where(c => c.Participants.Any(p => p.UserId == userId));
        var cases = await query
            .OrderByDescending(c => c.Year).ThenByDescending(c => c.Sequence)
            .Select(c => new { c.Id, c.Number, c.TypeCode, c.Title, c.Status, Roles = c.Participants.Where(p => p.UserId == userId).Select(p => p.Role).ToList() })
            .ToListAsync(ct);
        return cases.Select(c => new CaseSummary(c.Id, c.Number, c.TypeCode, c.Title, c.Status.ToString(), c.Status.ChineseName(),
            c.Roles.Select(r => r.ChineseName()).ToList())).ToList();
    }
}
