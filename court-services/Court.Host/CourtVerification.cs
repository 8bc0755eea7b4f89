using Court.EDossier;
using Court.Host.Audit;
using Court.Host.Persistence;

namespace Court.Host;

/// <summary>
/// <c>./court verify</c>: the audit log's hash chain, then every stored document and archive package. 0 when all hold,
/// 1 when anything was found (each finding is a line of <paramref name="output"/>).
/// </summary>
internal static class CourtVerification
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        int audit;
        await using (var scope = services.CreateAsyncScope())
            audit = await new AuditChainVerification(scope.ServiceProvider.GetRequiredService<CourtDb>()).RunAsync(output, ct);
        var storage = await EDossierModule.VerifyStorageAsync(services, output, ct);
        return Math.Max(audit, storage);
    }
}
