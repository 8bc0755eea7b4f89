using Court.GovDataBridge.Platform;
using Court.GovDataBridge.Sandbox;
using Grpc.Core;
using GovData.Platform.V1;

namespace Court.GovDataBridge.Tests.Sandbox;

public sealed class SocialSecurityQueries : IAsyncLifetime
{
    private SandboxHost _platform = null!;

    public async Task InitializeAsync() => _platform = await SandboxHost.StartAsync();

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    [Fact]
    public async Task A_persons_contribution_periods_are_returned_and_a_person_without_any_gets_none()
    {
        var zhang = await _platform.CallAsync(PlatformMethods.GetPersonContributions, new GetPersonContributionsRequest { ResidentIdNumber = TestRegistry.ZhangSan });
        var li = await _platform.CallAsync(PlatformMethods.GetPersonContributions, new GetPersonContributionsRequest { ResidentIdNumber = TestRegistry.LiSi });

        zhang.Periods.ShouldHaveSingleItem().MonthsInArrears.ShouldBe(6);
        li.Name.ShouldBe("李四");
        li.Periods.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_employers_arrears_are_returned_and_an_employer_without_employees_owes_nothing()
    {
        var trading = await _platform.CallAsync(PlatformMethods.GetEmployerContributions, new GetEmployerContributionsRequest { CreditCode = TestRegistry.Trading });
        var shell = await _platform.CallAsync(PlatformMethods.GetEmployerContributions, new GetEmployerContributionsRequest { CreditCode = TestRegistry.Shell });

        trading.TotalArrearsFen.ShouldBe(1_008_000);
        trading.Employees.ShouldHaveSingleItem().ResidentIdNumber.ShouldBe(TestRegistry.ZhangSan);
        shell.Name.ShouldBe("厦门空壳科技有限公司");
        shell.Employees.ShouldBeEmpty();
    }

    [Fact]
    public async Task Contributions_of_someone_unregistered_are_not_found()
    {
        var failure = await Should.ThrowAsync<RpcException>(() =>
            _platform.CallAsync(PlatformMethods.GetPersonContributions, new GetPersonContributionsRequest { ResidentIdNumber = TestRegistry.Nobody }));

        failure.StatusCode.ShouldBe(StatusCode.NotFound);
    }
}
