using Court.GovData.Bridge.V1;
using Court.Host.GovData;
using Court.Kernel.GovData;
using Court.Seeds.Demo;
using GovData.Platform.V1;
using Microsoft.Extensions.DependencyInjection;
using StatusCode = Grpc.Core.StatusCode;

namespace Court.Host.Tests.GovData.Interop;

/// <summary>
/// Issue 11 finding 13: a grant correctly signed by the court's key is still refused when it lives longer than the court
/// issues grants for, is dated in the future, or is presented for another user or another case than the one it names.
/// </summary>
public sealed class GrantsAreBoundAndShortLived(GovDataInteropFixture hosts) : IClassFixture<GovDataInteropFixture>
{
    private const string QueryAssets = "court.govdata.bridge.v1.GovDataBridge/QueryAssets";

    private static readonly Guid EnforcementCase = DemoCatalogue.Cases[2].Id;

    private static SubjectRef Respondent => new()
    {
        ResidentIdNumber = DemoCatalogue.Parties.First(p => p.CaseId == EnforcementCase && p.Side == "Respondent" && p.Kind == "NaturalPerson")
            .IdentifierNumber,
    };

    [Fact]
    public async Task A_signed_grant_that_expires_in_ten_years_is_refused_unauthenticated()
    {
        var (issued, _) = await hosts.EnforcementGrantAsync(GovDataCategory.Assets);
        var forged = issued with { ExpiresAt = issued.IssuedAt.AddYears(10) };

        var result = await QueryAsync(forged, Resign(forged), "ten-year-grant");

        result.Code.ShouldBe((int)StatusCode.Unauthenticated, result.ToString());
        result.Details.ShouldBe(GovDataGrantCodec.Explain(GrantProblem.OutOfLifetime));
    }

    [Fact]
    public async Task A_signed_grant_issued_an_hour_from_now_is_refused_unauthenticated()
    {
        var (issued, _) = await hosts.EnforcementGrantAsync(GovDataCategory.Assets);
        var forged = issued with { IssuedAt = issued.IssuedAt.AddHours(1), ExpiresAt = issued.ExpiresAt.AddHours(1) };

        var result = await QueryAsync(forged, Resign(forged), "future-grant");

        result.Code.ShouldBe((int)StatusCode.Unauthenticated, result.ToString());
    }

    [Fact]
    public async Task A_grant_at_the_issuers_maximum_lifetime_is_accepted()
    {
        var (grant, token) = await hosts.EnforcementGrantAsync(GovDataCategory.Assets);

        (grant.ExpiresAt - grant.IssuedAt).ShouldBe(GovDataGrantCodec.MaxLifetime);
        (await QueryAsync(grant, token, "issued-grant")).Code.ShouldBe(0);
    }

    [Fact]
    public async Task A_grant_presented_for_another_user_is_refused()
    {
        var (grant, token) = await hosts.EnforcementGrantAsync(GovDataCategory.Assets);
        var context = grant.ContextFor("other-user");
        context.ActingUser = Guid.NewGuid().ToString();

        var result = await hosts.CallAsync(new StockCall(hosts.Bridge, QueryAssets, new QueryAssetsRequest { Context = context, Subject = Respondent }, token));

        result.Code.ShouldBe((int)StatusCode.PermissionDenied, result.ToString());
        result.Details.ShouldContain("不一致");
    }

    [Fact]
    public async Task A_grant_presented_for_another_case_is_refused()
    {
        var (grant, token) = await hosts.EnforcementGrantAsync(GovDataCategory.Assets);
        var context = grant.ContextFor("other-case");
        context.CaseNumber = "（2026）闽0203执9999号";

        var result = await hosts.CallAsync(new StockCall(hosts.Bridge, QueryAssets, new QueryAssetsRequest { Context = context, Subject = Respondent }, token));

        result.Code.ShouldBe((int)StatusCode.PermissionDenied, result.ToString());
        result.Details.ShouldContain("不一致");
    }

    private string Resign(GovDataGrant grant) => GovDataGrantCodec.Sign(grant, hosts.Services.GetRequiredService<GrantSigningKey>().Key);

    private Task<StockCallResult> QueryAsync(GovDataGrant grant, string token, string requestId) =>
        hosts.CallAsync(new StockCall(hosts.Bridge, QueryAssets, new QueryAssetsRequest { Context = grant.ContextFor(requestId), Subject = Respondent }, token));
}
