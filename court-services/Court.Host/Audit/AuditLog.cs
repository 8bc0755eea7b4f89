using System.Security.Claims;
using Court.Host.Access;
using Court.Host.Persistence;
using Court.Kernel.Audit;

namespace Court.Host.Audit;

/// <summary>
/// Writes each record at once in its own unit of work, so an audit entry never waits on (or rolls back with)
/// the caller's changes. There is deliberately no update or delete here.
/// </summary>
internal sealed class AuditLog(IServiceScopeFactory scopes, IHttpContextAccessor http, TimeProvider clock) : IAuditLog
{
    public async Task WriteAsync(AuditRecord record, CancellationToken ct = default)
    {
        var context = http.HttpContext;
        var user = context?.User;
        await AppendAsync(record, user?.TryGetUserId(out var id) == true ? id : null, user?.Identity?.Name,
            RolesOf(user), context?.Connection.RemoteIpAddress?.ToString(), ct);
    }

    /// <summary>For acts outside a request (sign-in attempts, jobs), where the actor is named explicitly.</summary>
    public async Task AppendAsync(AuditRecord record, Guid? userId, string? userName, string? role, string? remoteAddress, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = userId,
            UserName = userName,
            Role = role,
            Action = record.Action,
            CaseId = record.CaseId,
            CaseNumber = record.CaseNumber,
            Purpose = record.Purpose,
            Target = record.Target,
            ResultHash = record.ResultHash,
            Outcome = record.Outcome,
            RemoteAddress = remoteAddress,
        });
        await db.SaveChangesAsync(ct);
    }

    private static string? RolesOf(ClaimsPrincipal? user)
    {
        var roles = user?.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        return roles is { Count: > 0 } ? string.Join(',', roles) : null;
    }
}
