using System.Data.Common;
using System.Security.Claims;
using Court.Host.Access;
using Court.Host.Persistence;
using Court.Kernel.Audit;

namespace Court.Host.Audit;

/// <summary>
/// Writes each record at once in its own unit of work, so an audit entry never waits on (or rolls back with)
/// the caller's changes, chained by hash to the entry before (<see cref="AuditChainAppend"/>). There is deliberately
/// no update or delete here.
/// </summary>
internal sealed class AuditLog(IServiceScopeFactory scopes, IHttpContextAccessor http, TimeProvider clock) : IAuditLog
{
    public Task WriteAsync(AuditRecord record, CancellationToken ct = default)
    {
        var context = http.HttpContext;
        var user = context?.User;
        var actor = new AuditActor(user?.TryGetUserId(out var id) == true ? id : null, user?.Identity?.Name,
            RolesOf(user), context?.Connection.RemoteIpAddress?.ToString());
        return WriteAllAsync([record], actor, ct);
    }

    public Task WriteAsync(AuditRecord record, AuditActor actor, CancellationToken ct = default) => WriteAllAsync([record], actor, ct);

    public Task WriteAllAsync(IReadOnlyCollection<AuditRecord> records, AuditActor actor, CancellationToken ct = default) =>
        WriteAllAsync(records, actor, null, ct);

    public async Task WriteAllAsync(
        IReadOnlyCollection<AuditRecord> records, AuditActor actor, Func<DbConnection, DbTransaction, CancellationToken, Task>? alongside,
        CancellationToken ct = default)
    {
        var at = AuditChain.ToStoredPrecision(clock.GetUtcNow().UtcDateTime);
        var entries = records.Select(record => new AuditEntry
        {
            At = at,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Role = actor.Role,
            Action = record.Action,
            CaseId = record.CaseId,
            CaseNumber = record.CaseNumber,
            Purpose = record.Purpose,
            Target = record.Target,
            ResultHash = record.ResultHash,
            Outcome = record.Outcome,
            RemoteAddress = actor.RemoteAddress,
        }).ToList();
        // Audit entries must land even when the caller gave up: a query that ran is a query that is recorded.
        await using var scope = scopes.CreateAsyncScope();
        await new AuditChainAppend(scope.ServiceProvider.GetRequiredService<CourtDb>()).AppendAsync(entries, alongside, CancellationToken.None);
    }

    private static string? RolesOf(ClaimsPrincipal? user)
    {
        var roles = user?.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        return roles is { Count: > 0 } ? string.Join(',', roles) : null;
    }
}
