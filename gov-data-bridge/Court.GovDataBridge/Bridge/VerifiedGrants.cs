using System.Collections.Concurrent;
using Court.Kernel.GovData;

namespace Court.GovDataBridge.Bridge;

/// <summary>
/// Grants the bridge has verified, kept until they expire: a grant is used for many calls (a batch, a case's queries in
/// a few minutes), and its ECDSA signature need be checked only once. The token is the key, so a cached grant is exactly
/// the signed one; expiry is checked on every use.
/// </summary>
internal sealed class VerifiedGrants(GovDataGrantKey key, TimeProvider clock)
{
    /// <summary>Far more than the grants alive at once (each lives five minutes); past it, expired ones are dropped.</summary>
    private const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, GovDataGrant> _verified = new(StringComparer.Ordinal);

    public GrantProblem Verify(string? token, out GovDataGrant? grant)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (token is not null && _verified.TryGetValue(token, out var known))
        {
            if (now < known.ExpiresAt)
            {
                grant = known;
                return GrantProblem.None;
            }
            _verified.TryRemove(token, out _);
        }

        var problem = GovDataGrantCodec.Verify(token, key.PublicKey, now, out grant);
        if (problem == GrantProblem.None && grant is not null && token is not null)
        {
            if (_verified.Count >= Capacity) DropExpired(now);
            _verified[token] = grant;
        }
        return problem;
    }

    private void DropExpired(DateTime now)
    {
        foreach (var (token, grant) in _verified)
            if (now >= grant.ExpiresAt) _verified.TryRemove(token, out _);
        if (_verified.Count >= Capacity) _verified.Clear();
    }
}
