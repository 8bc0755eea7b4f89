using Court.GovDataBridge.Hosting;
using Court.GovDataBridge.Platform;
using GovData.Platform.V1;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Court.GovDataBridge.Tests.Interop;

/// <summary>The bridge's own client (the platform gateway, Grpc.Net.Client) against Debian's stock Python gRPC server.</summary>
public sealed class TheBridgeCallsAStockPlatform(StockPlatformFixture python) : IClassFixture<StockPlatformFixture>
{
    [Fact]
    public async Task A_lookup_with_the_court_key_is_answered()
    {
        var person = await python.Gateway.QueryAsync(PlatformMethods.GetNaturalPerson, Asking("350203196101010014"), CancellationToken.None);

        person.Value.Name.ShouldBe("张三", python.StandardError);
        person.Value.ResidentIdNumber.ShouldBe("350203196101010014");
    }

    [Fact]
    public async Task Not_found_arrives_with_the_platforms_chinese_message()
    {
        var failure = await Should.ThrowAsync<RpcException>(() => python.Gateway.QueryAsync(PlatformMethods.GetNaturalPerson, Asking("NONE-1"), CancellationToken.None));

        failure.StatusCode.ShouldBe(StatusCode.NotFound);
        failure.Status.Detail.ShouldBe("未查询到该公民的户籍登记信息");
    }

    [Fact]
    public async Task A_wrong_key_is_unauthenticated()
    {
        var clients = await python.Connection.ClientsAsync(CancellationToken.None);
        var wrongKey = new Metadata { { "authorization", "Bearer not-the-key" } };

        var failure = await Should.ThrowAsync<RpcException>(async () => await clients.Subjects.GetNaturalPersonAsync(Asking("350203196101010014"), wrongKey));

        failure.StatusCode.ShouldBe(StatusCode.Unauthenticated);
        failure.Status.Detail.ShouldBe("平台密钥无效");
    }

    [Fact]
    public async Task A_platform_that_does_not_answer_in_time_is_deadline_exceeded_with_the_bridges_explanation()
    {
        var started = TimeProvider.System.GetTimestamp();

        var failure = await Should.ThrowAsync<RpcException>(() => python.Gateway.QueryAsync(PlatformMethods.GetNaturalPerson, Asking("SLOW-1"), CancellationToken.None));

        failure.StatusCode.ShouldBe(StatusCode.DeadlineExceeded);
        failure.Status.Detail.ShouldBe("政务数据平台未在规定时间内答复，请稍后再试。");
        TimeProvider.System.GetElapsedTime(started).ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task An_unavailable_platform_is_explained_in_chinese()
    {
        var failure = await Should.ThrowAsync<RpcException>(() => python.Gateway.QueryAsync(PlatformMethods.GetNaturalPerson, Asking("GONE-1"), CancellationToken.None));

        failure.StatusCode.ShouldBe(StatusCode.Unavailable);
        failure.Status.Detail.ShouldBe("政务数据平台暂时无法访问，请稍后再试。");
    }

    [Fact]
    public async Task The_bridges_platform_check_finds_the_stock_platform_serving()
    {
        var services = new ServiceCollection()
            .AddSingleton(python.Connection).BuildServiceProvider();

        var result = await new PlatformReachabilityCheck(services).CheckHealthAsync(new HealthCheckContext());

        result.Status.ShouldBe(HealthStatus.Healthy, result.Description);
    }

    private static GetNaturalPersonRequest Asking(string idNumber) => new() { ResidentIdNumber = idNumber };
}
