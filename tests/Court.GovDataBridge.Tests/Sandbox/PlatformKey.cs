using Court.GovDataBridge.Platform;
using Court.GovDataBridge.Sandbox;
using Grpc.Core;
using GovData.Platform.V1;
using Grpc.Health.V1;

namespace Court.GovDataBridge.Tests.Sandbox;

public sealed class PlatformKey : IAsyncLifetime
{
    private SandboxHost _platform = null!;

    public async Task InitializeAsync() => _platform = await SandboxHost.StartAsync();

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    [Fact]
    public async Task A_call_without_the_key_is_unauthenticated()
    {
        var failure = await Should.ThrowAsync<RpcException>(() =>
            _platform.CallAsync(PlatformMethods.GetNaturalPerson, new GetNaturalPersonRequest { ResidentIdNumber = TestRegistry.ZhangSan }, key: null));

        failure.StatusCode.ShouldBe(StatusCode.Unauthenticated);
        failure.Status.Detail.ShouldBe("缺少平台密钥");
    }

    [Fact]
    public async Task A_call_with_a_wrong_key_is_unauthenticated_and_nothing_is_applied()
    {
        var failure = await Should.ThrowAsync<RpcException>(() =>
            _platform.CallAsync(PlatformMethods.SubmitAction, Requests.Freeze("k-1"), key: "not-the-key"));

        failure.StatusCode.ShouldBe(StatusCode.Unauthenticated);
        failure.Status.Detail.ShouldBe("平台密钥无效");
        _platform.Ledger.Applied.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_right_key_is_answered()
    {
        var person = await _platform.CallAsync(PlatformMethods.GetNaturalPerson, new GetNaturalPersonRequest { ResidentIdNumber = TestRegistry.ZhangSan });

        person.Name.ShouldBe("张三");
    }

    [Fact]
    public async Task A_health_check_needs_no_key_and_reports_serving()
    {
        var health = await _platform.Clients.Health.CheckAsync(new HealthCheckRequest(), SandboxHost.Options(key: null));

        health.Status.ShouldBe(HealthCheckResponse.Types.ServingStatus.Serving);
    }
}
