using System.Security.Claims;
using Court.Host.Persistence;
using Court.Kernel.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Access;

/// <summary>
/// Decides every case-level check from the case's participants: the one place that says who may do what with a case.
/// A court admin's system role opens nothing here: like anyone else, the admin reaches a case only through a role in it
/// (ADR 0013), so system administration never becomes case access.
/// </summary>
internal sealed class CaseAccessHandler(CourtDb db) : AuthorizationHandler<CaseOperation, CaseResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CaseOperation operation, CaseResource resource)
    {
        if (!context.User.TryGetUserId(out var userId)) return;

        var roles = await db.CaseParticipants
            .Where(p => p.CaseId == resource.CaseId && p.UserId == userId)
            .Select(p => p.Role)
            .ToListAsync();

        if (roles.Any(role => Allows(role, operation))) context.Succeed(operation);
    }

    internal static bool Allows(CaseRole role, CaseOperation operation) =>
        operation == CaseOperations.Read
        || (operation == CaseOperations.ReadInternalVolume && role.IsBench())
        || (operation == CaseOperations.ActForCourt && role.IsCourtStaff());
}

internal static class ClaimsPrincipalExtensions
{
    public static bool TryGetUserId(this ClaimsPrincipal user, out Guid userId) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out userId);

    public static Guid UserId(this ClaimsPrincipal user) =>
        user.TryGetUserId(out var id) ? id : throw new InvalidOperationException("The caller is not signed in.");
}
