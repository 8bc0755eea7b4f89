using Court.GovData.Bridge.V1;
using Court.Kernel.GovData;
using Court.Kernel.Identifiers;
using Court.Seeds.Demo;
using GovData.Platform.V1;
using Microsoft.Extensions.DependencyInjection;
using StatusCode = Grpc.Core.StatusCode;

namespace Court.Host.Tests.GovData.Interop;

/// <summary>
/// Debian's stock Python gRPC client against the government data bridge: grants checked, subjects validated, the
/// platform's answers and failures passed on with their status codes and Chinese details, deadlines kept, and a
/// batch streamed.
/// </summary>
public sealed class StockClientCallsTheBridgeTests(GovDataInteropFixture hosts) : IClassFixture<GovDataInteropFixture>
{
    private const string Bridge = "court.govdata.bridge.v1.GovDataBridge/";
    private const string QuerySubject = Bridge + "QuerySubject";
    private const string QueryAssets = Bridge + "QueryAssets";
    private const string BatchQueryAssets = Bridge + "BatchQueryAssets";

    private static readonly Guid EnforcementCase = DemoCatalogue.Cases[2].Id;

    private static DemoParty Respondent => DemoCatalogue.Parties.First(p => p.CaseId == EnforcementCase && p.Side == "Respondent" && p.Kind == "NaturalPerson");

    private IReadOnlyList<AssetHoldings> Holdings => hosts.Services.GetRequiredService<PlatformRegistryData>().Holdings;

    [Fact]
    public async Task Without_a_grant_the_bridge_answers_unauthenticated_with_chinese_details()
    {
        var (grant, _) = await hosts.EnforcementGrantAsync(GovDataCategory.Subject, GovDataCategory.Assets);

        var result = await hosts.CallAsync(new StockCall(hosts.Bridge, QueryAssets, new QueryAssetsRequest
        {
            Context = grant.ContextFor("stock-no-grant"),
            Subject = new SubjectRef { ResidentIdNumber = Respondent.IdentifierNumber },
        }));

        result.Code.ShouldBe((int)StatusCode.Unauthenticated, result.ToString());
        result.Details.ShouldBe(GovDataGrantCodec.Explain(GrantProblem.Missing));
        result.Details.ShouldContain("查询授权");
    }

    [Fact]
    public async Task A_grant_for_subjects_only_cannot_query_assets()
    {
        var (grant, token) = await hosts.EnforcementGrantAsync(GovDataCategory.Subject);

        var result = await hosts.CallAsync(new StockCall(hosts.Bridge, QueryAssets, new QueryAssetsRequest
        {
            Context = grant.ContextFor("stock-subject-grant-for-assets"),
            Subject = new SubjectRef { ResidentIdNumber = Respondent.IdentifierNumber },
        }, token));

        result.Code.ShouldBe((int)StatusCode.PermissionDenied, result.ToString());
        result.Details.ShouldContain(GovDataCategory.Assets.ChineseName());
    }

    [Fact]
    public async Task An_invalid_credit_code_is_an_invalid_argument_explained_in_chinese()
    {
        var (grant, token) = await hosts.EnforcementGrantAsync(GovDataCategory.Subject, GovDataCategory.Assets);

        var result = await hosts.CallAsync(new StockCall(hosts.Bridge, QuerySubject, new QuerySubjectRequest
        {
            Context = grant.ContextFor("stock-invalid-credit-code"),
            Subject = new SubjectRef { CreditCode = "91350203MA2Y00021X" },
        }, token));

        result.Code.ShouldBe((int)StatusCode.InvalidArgument, result.ToString());
        result.Details.ShouldBe(UnifiedSocialCreditCode.Explain("91350203MA2Y00021X"));
        result.Details.ShouldContain("统一社会信用代码");
    }

    [Fact]
    public async Task A_valid_but_unregistered_id_number_is_not_found()
    {
        var (grant, token) = await hosts.EnforcementGrantAsync(GovDataCategory.Subject, GovDataCategory.Assets);
        var unknown = ResidentIdNumber.Create("350203", new DateOnly(1961, 1, 1), 999).Value;

        var result = await hosts.CallAsync(new StockCall(hosts.Bridge, QuerySubject, new QuerySubjectRequest
        {
            Context = grant.ContextFor("stock-unregistered-id-number"),
            Subject = new SubjectRef { ResidentIdNumber = unknown },
        }, token));

        result.Code.ShouldBe((int)StatusCode.NotFound, result.ToString());
        result.Details.ShouldContain("未查询到");
    }

    [Fact]
    public async Task The_respondents_assets_arrive_with_a_snapshot()
    {
        var (grant, token) = await hosts.EnforcementGrantAsync(GovDataCategory.Subject, GovDataCategory.Assets);
        var respondent = new SubjectRef { ResidentIdNumber = Respondent.IdentifierNumber };

        var result = await hosts.CallAsync(new StockCall(hosts.Bridge, QueryAssets, new QueryAssetsRequest
        {
            Context = grant.ContextFor("stock-respondent-assets"),
            Subject = respondent,
        }, token));

        result.Code.ShouldBe(0, result.ToString());
        var reply = result.Reply<QueryAssetsReply>();
        reply.Holdings.Subject.ShouldBe(respondent);
        reply.Holdings.Assets.ShouldNotBeEmpty();
        reply.Holdings.Assets.Select(a => a.AssetId).ShouldBe(AssetIdsOf(respondent), ignoreOrder: true);
        reply.Snapshot.Sha256.ShouldMatch("^[0-9a-f]{64}$");
    }

    [Fact]
    public async Task A_deadline_that_expires_while_the_platform_hangs_is_deadline_exceeded()
    {
        var (grant, token) = await hosts.EnforcementGrantAsync(GovDataCategory.Subject, GovDataCategory.Assets);
        // A subject no other test asks about, so the bridge's cache cannot answer for the platform.
        var subject = Holdings[Holdings.Count / 2].Subject;
        var warmUp = new StockCall(hosts.Bridge, "grpc.health.v1.Health/Check", new global::Grpc.Health.V1.HealthCheckRequest());
        var query = new StockCall(hosts.Bridge, QueryAssets, new QueryAssetsRequest
        {
            Context = grant.ContextFor("stock-deadline"),
            Subject = subject,
        }, token, TimeoutSeconds: 1);

        hosts.Faults.TimeoutRate = 1;
        IReadOnlyList<StockCallResult> results;
        try
        {
            // The health check connects first, so the 1 s deadline is spent waiting on the platform alone.
            results = await hosts.CallAsync(warmUp, query);
        }
        finally
        {
            hosts.Faults.Clear();
        }

        results[0].Code.ShouldBe(0, results[0].ToString());
        results[1].Code.ShouldBe((int)StatusCode.DeadlineExceeded, results[1].ToString());
        // The bridge gives the platform 3 s per call: an answer before that is the client's own deadline.
        results[1].ElapsedMs.ShouldBeLessThan(3000);
    }

    [Fact]
    public async Task A_batch_query_streams_one_item_per_respondent()
    {
        var (grant, token) = await hosts.EnforcementGrantAsync(GovDataCategory.Subject, GovDataCategory.Assets);
        List<SubjectRef> subjects =
        [
            .. DemoCatalogue.Parties.Where(p => p.CaseId == EnforcementCase && p.Side == "Respondent").Select(p => p.Kind == "NaturalPerson"
                ? new SubjectRef { ResidentIdNumber = p.IdentifierNumber }
                : new SubjectRef { CreditCode = p.IdentifierNumber }),
            .. Holdings.Where(h => h.Assets.Count > 0).Skip(10).Take(4).Select(h => h.Subject),
        ];
        subjects.Distinct().Count().ShouldBe(6);

        var result = await hosts.CallAsync(new StockCall(hosts.Bridge, BatchQueryAssets, new BatchQueryAssetsRequest
        {
            Context = grant.ContextFor("stock-batch"),
            Subjects = { subjects },
        }, token));

        result.Code.ShouldBe(0, result.ToString());
        var items = result.Stream<BatchQueryAssetsItem>();
        items.Select(i => i.Subject).ShouldBe(subjects, ignoreOrder: true);
        foreach (var item in items)
        {
            item.OutcomeCase.ShouldBe(BatchQueryAssetsItem.OutcomeOneofCase.Reply, item.Error?.Message);
            item.Reply.Holdings.Assets.Select(a => a.AssetId).ShouldBe(AssetIdsOf(item.Subject), ignoreOrder: true);
            item.Reply.Snapshot.Sha256.ShouldNotBeNullOrEmpty();
        }
    }

    private IEnumerable<string> AssetIdsOf(SubjectRef subject) =>
        Holdings.Where(h => h.Subject.Equals(subject)).SelectMany(h => h.Assets).Select(a => a.AssetId);
}
