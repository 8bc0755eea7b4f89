using System.Security.Cryptography;
using Court.GovData.Bridge.V1;
using Court.Kernel.GovData;

namespace Court.Kernel.Tests.GovData;

public sealed class GovDataGrantCodecTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc);
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    private static GovDataGrant Grant() => new()
    {
        Id = Guid.Parse("0193a000-0000-7000-8000-0000000000aa"),
        CaseId = Guid.Parse("0193a000-0000-7000-8000-000000000003"),
        CaseNumber = "（2026）闽0203执1号",
        Purpose = Purpose.EnforcementInvestigation,
        UserId = Guid.Parse("0193a000-0000-7000-8000-000000000006"),
        UserName = "enforcement",
        Role = "EnforcementOfficer",
        Categories = [GovDataCategory.Assets, GovDataCategory.Actions],
        IssuedAt = Now,
        ExpiresAt = Now.AddMinutes(5),
    };

    [Fact]
    public void A_signed_grant_verifies_and_reads_back_unchanged()
    {
        var token = GovDataGrantCodec.Sign(Grant(), _key);

        GovDataGrantCodec.Verify(token, _key, Now.AddMinutes(1), out var grant).ShouldBe(GrantProblem.None);
        grant.ShouldNotBeNull();
        grant.CaseNumber.ShouldBe("（2026）闽0203执1号");
        grant.Categories.ShouldBe([GovDataCategory.Assets, GovDataCategory.Actions]);
        grant.Covers(GovDataCategory.SocialSecurity).ShouldBeFalse();
    }

    [Fact]
    public void A_grant_is_refused_once_it_has_expired()
    {
        var token = GovDataGrantCodec.Sign(Grant(), _key);

        GovDataGrantCodec.Verify(token, _key, Now.AddMinutes(5), out _).ShouldBe(GrantProblem.Expired);
    }

    [Fact]
    public void A_grant_signed_by_another_key_is_refused()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var token = GovDataGrantCodec.Sign(Grant(), other);

        GovDataGrantCodec.Verify(token, _key, Now, out _).ShouldBe(GrantProblem.BadSignature);
    }

    [Fact]
    public void Widening_the_payload_breaks_the_signature()
    {
        var token = GovDataGrantCodec.Sign(Grant(), _key);
        var wider = GovDataGrantCodec.Sign(Grant() with { Categories = [GovDataCategory.SocialSecurity] }, _key);
        var forged = wider[..wider.LastIndexOf('.')] + token[token.LastIndexOf('.')..];

        GovDataGrantCodec.Verify(forged, _key, Now, out _).ShouldBe(GrantProblem.BadSignature);
    }

    [Theory]
    [InlineData(null, GrantProblem.Missing)]
    [InlineData("", GrantProblem.Missing)]
    [InlineData("Bearer", GrantProblem.Malformed)]
    [InlineData("cg1.", GrantProblem.Malformed)]
    [InlineData("cg1.!!!.???", GrantProblem.Malformed)]
    public void Garbage_is_not_a_grant(string? token, GrantProblem expected)
    {
        GovDataGrantCodec.Verify(token, _key, Now, out _).ShouldBe(expected);
        GovDataGrantCodec.Explain(expected).ShouldNotBeNullOrWhiteSpace();
    }
}
