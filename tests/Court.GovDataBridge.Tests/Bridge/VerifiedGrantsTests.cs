using System.Security.Cryptography;
using Court.GovData.Bridge.V1;
using Court.GovDataBridge.Bridge;
using Court.GovDataBridge.Tests.Sandbox;
using Court.Kernel.GovData;

namespace Court.GovDataBridge.Tests.Bridge;

public sealed class VerifiedGrantsTests : IDisposable
{
    private readonly ECDsa _courtKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly ShiftedClock _clock = new();
    private readonly VerifiedGrants _grants;

    public VerifiedGrantsTests() => _grants = new VerifiedGrants(new GovDataGrantKey(_courtKey), _clock);

    public void Dispose() => _courtKey.Dispose();

    [Fact]
    public void A_grant_verified_once_is_served_from_the_cache_while_it_lives()
    {
        var token = Sign(lifetime: TimeSpan.FromMinutes(5));

        _grants.Verify(token, out var first).ShouldBe(GrantProblem.None);
        _clock.Advance(TimeSpan.FromMinutes(4));
        _grants.Verify(token, out var second).ShouldBe(GrantProblem.None);

        second.ShouldBeSameAs(first);
    }

    [Fact]
    public void A_cached_grant_is_refused_as_expired_once_its_time_is_up()
    {
        var token = Sign(lifetime: TimeSpan.FromMinutes(5));
        _grants.Verify(token, out _).ShouldBe(GrantProblem.None);

        _clock.Advance(TimeSpan.FromMinutes(5));

        _grants.Verify(token, out _).ShouldBe(GrantProblem.Expired);
    }

    [Fact]
    public void A_token_altered_after_a_good_one_was_cached_is_still_checked_and_refused()
    {
        var token = Sign(lifetime: TimeSpan.FromMinutes(5));
        _grants.Verify(token, out _).ShouldBe(GrantProblem.None);
        var cut = token.LastIndexOf('.');
        var forged = token[..cut] + "." + (token[(cut + 1)] == 'A' ? 'B' : 'A') + token[(cut + 2)..];

        _grants.Verify(forged, out var grant).ShouldNotBe(GrantProblem.None);

        grant.ShouldBeNull();
    }

    private string Sign(TimeSpan lifetime)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        return GovDataGrantCodec.Sign(new GovDataGrant
        {
            Id = Guid.NewGuid(),
            CaseNumber = "（2026）闽0203执1234号",
            Purpose = Purpose.EnforcementInvestigation,
            UserId = Guid.NewGuid(),
            UserName = "执行法官",
            Role = "EnforcementOfficer",
            Categories = [GovDataCategory.Assets],
            IssuedAt = now,
            ExpiresAt = now + lifetime,
        }, _courtKey);
    }
}
