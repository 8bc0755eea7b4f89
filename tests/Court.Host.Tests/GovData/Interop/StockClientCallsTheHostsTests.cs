using System.Text.Json;
using Court.Seeds.Demo;
using GovData.Platform.V1;
using Grpc.Health.V1;

namespace Court.Host.Tests.GovData.Interop;

/// <summary>Debian's stock Python gRPC client against the health service of both hosts, and against the sandbox platform.</summary>
public sealed class StockClientCallsTheHostsTests(GovDataInteropFixture hosts) : IClassFixture<GovDataInteropFixture>
{
    private const string GetLegalPerson = "govdata.platform.v1.SubjectRegistry/GetLegalPerson";
    private const string HealthCheck = "grpc.health.v1.Health/Check";
    private const string ListServices = "grpc.reflection.v1alpha.ServerReflection/ListServices";

    private static DemoParty Debtor => DemoCatalogue.Parties.Single(p => p.CaseId == DemoCatalogue.Cases[3].Id && p.Side == "Debtor");

    [Fact]
    public async Task Both_the_bridge_and_the_sandbox_platform_answer_serving_to_a_health_check()
    {
        var results = await hosts.CallAsync(
            new StockCall(hosts.Bridge, HealthCheck, new HealthCheckRequest()),
            new StockCall(hosts.Bridge, HealthCheck, new HealthCheckRequest { Service = "court.govdata.bridge.v1.GovDataBridge" }),
            new StockCall(hosts.Platform, HealthCheck, new HealthCheckRequest()));

        foreach (var result in results)
        {
            result.Code.ShouldBe(0, result.ToString());
            result.Reply<HealthCheckResponse>().Status.ShouldBe(HealthCheckResponse.Types.ServingStatus.Serving);
        }
    }

    [Fact]
    public async Task The_bridges_health_follows_the_platform_it_depends_on()
    {
        hosts.Faults.DownUntil = DateTimeOffset.MaxValue;
        StockCallResult whileDown;
        try
        {
            whileDown = await hosts.CallAsync(new StockCall(hosts.Bridge, HealthCheck, new HealthCheckRequest { Service = "court.govdata.bridge.v1.GovDataBridge" }));
        }
        finally
        {
            hosts.Faults.Clear();
        }
        var afterwards = await hosts.CallAsync(new StockCall(hosts.Bridge, HealthCheck, new HealthCheckRequest()));

        whileDown.Code.ShouldBe(0, whileDown.ToString());
        whileDown.Reply<HealthCheckResponse>().Status.ShouldBe(HealthCheckResponse.Types.ServingStatus.NotServing);
        afterwards.Reply<HealthCheckResponse>().Status.ShouldBe(HealthCheckResponse.Types.ServingStatus.Serving);
    }

    [Fact]
    public async Task Reflection_lists_the_bridges_services_and_the_platforms_as_grpcurl_would()
    {
        var results = await hosts.CallAsync(
            new StockCall(hosts.Bridge, ListServices, new HealthCheckRequest()),
            new StockCall(hosts.Platform, ListServices, new HealthCheckRequest()));

        results.ShouldAllBe(r => r.Code == 0, string.Join("; ", results));
        ServicesIn(results[0]).ShouldBe(
            ["court.govdata.bridge.v1.GovDataBridge", "grpc.health.v1.Health", "grpc.reflection.v1alpha.ServerReflection",
             "grpc.reflection.v1.ServerReflection"], ignoreOrder: true);
        ServicesIn(results[1]).ShouldBe(
            ["govdata.platform.v1.SubjectRegistry", "govdata.platform.v1.AssetRegistry", "govdata.platform.v1.SocialSecurity",
             "govdata.platform.v1.ActionDesk", "grpc.health.v1.Health", "grpc.reflection.v1alpha.ServerReflection",
             "grpc.reflection.v1.ServerReflection"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_sandbox_platform_answers_a_legal_person_lookup_for_the_demo_debtor_with_the_platform_key()
    {
        var result = await hosts.CallAsync(
            new StockCall(hosts.Platform, GetLegalPerson, new GetLegalPersonRequest { CreditCode = Debtor.IdentifierNumber }, hosts.PlatformKey));

        result.Code.ShouldBe(0, result.ToString());
        var debtor = result.Reply<LegalPerson>();
        debtor.CreditCode.ShouldBe(Debtor.IdentifierNumber);
        debtor.Name.ShouldBe(Debtor.Name);
        debtor.Status.ShouldNotBe(RegistrationStatus.Unspecified);
    }

    [Fact]
    public async Task The_sandbox_platform_refuses_a_lookup_without_the_platform_key_or_with_a_wrong_one_as_unauthenticated()
    {
        var request = new GetLegalPersonRequest { CreditCode = Debtor.IdentifierNumber };

        var results = await hosts.CallAsync(
            new StockCall(hosts.Platform, GetLegalPerson, request),
            new StockCall(hosts.Platform, GetLegalPerson, request, "not-the-platform-key"));

        results[0].Code.ShouldBe((int)Grpc.Core.StatusCode.Unauthenticated, results[0].ToString());
        results[0].Details.ShouldBe("缺少平台密钥");
        results[1].Code.ShouldBe((int)Grpc.Core.StatusCode.Unauthenticated, results[1].ToString());
        results[1].Details.ShouldBe("平台密钥无效");
        results.ShouldAllBe(r => r.Replies.Count == 0);
    }

    private static IReadOnlyList<string> ServicesIn(StockCallResult result)
    {
        using var reply = JsonDocument.Parse(result.Replies.ShouldHaveSingleItem());
        return [.. reply.RootElement.GetProperty("listServicesResponse").GetProperty("service").EnumerateArray().Select(s => s.GetProperty("name").GetString()!)];
    }
}
