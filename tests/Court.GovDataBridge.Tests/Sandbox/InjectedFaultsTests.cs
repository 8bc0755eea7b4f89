using Court.GovDataBridge.Platform;
using System.Diagnostics;
using Court.GovDataBridge.Sandbox;
using Grpc.Core;
using GovData.Platform.V1;

namespace Court.GovDataBridge.Tests.Sandbox;

public sealed class InjectedFaultsTests
{
    private static readonly GetNaturalPersonRequest Zhang = new() { ResidentIdNumber = TestRegistry.ZhangSan };

    [Fact]
    public async Task During_maintenance_every_call_is_unavailable_and_afterwards_the_platform_answers_again()
    {
        var clock = new ShiftedClock();
        await using var platform = await SandboxHost.StartAsync(time: clock);
        platform.Faults.DownUntil = clock.GetUtcNow().AddMinutes(30);

        var down = await Should.ThrowAsync<RpcException>(() => platform.CallAsync(PlatformMethods.GetNaturalPerson, Zhang));
        var action = await Should.ThrowAsync<RpcException>(() => platform.CallAsync(PlatformMethods.SubmitAction, Requests.Freeze("k")));
        clock.Advance(TimeSpan.FromMinutes(31));
        var person = await platform.CallAsync(PlatformMethods.GetNaturalPerson, Zhang);

        down.StatusCode.ShouldBe(StatusCode.Unavailable);
        down.Status.Detail.ShouldBe("平台维护中，请稍后再试");
        action.StatusCode.ShouldBe(StatusCode.Unavailable);
        platform.Ledger.Applied.ShouldBeEmpty();
        person.Name.ShouldBe("张三");
    }

    [Fact]
    public async Task An_error_rate_of_one_answers_every_call_unavailable()
    {
        await using var platform = await SandboxHost.StartAsync();
        platform.Faults.ErrorRate = 1;

        var failure = await Should.ThrowAsync<RpcException>(() => platform.CallAsync(PlatformMethods.GetNaturalPerson, Zhang));

        failure.StatusCode.ShouldBe(StatusCode.Unavailable);
    }

    [Fact]
    public async Task An_error_rate_fails_about_that_share_of_calls_and_the_same_seed_fails_the_same_calls()
    {
        var first = await OutcomesAsync(seed: 7);
        var second = await OutcomesAsync(seed: 7);

        first.Count(failed => failed).ShouldBeInRange(20, 60);
        second.ShouldBe(first);

        static async Task<bool[]> OutcomesAsync(int seed)
        {
            await using var platform = await SandboxHost.StartAsync();
            platform.Faults.Seed = seed;
            platform.Faults.ErrorRate = 0.4;
            var outcomes = new bool[100];
            for (var i = 0; i < outcomes.Length; i++)
            {
                try
                {
                    await platform.CallAsync(PlatformMethods.GetNaturalPerson, Zhang);
                }
                catch (RpcException e) when (e.StatusCode == StatusCode.Unavailable)
                {
                    outcomes[i] = true;
                }
            }

            return outcomes;
        }
    }

    [Fact]
    public async Task A_hanging_call_ends_at_the_callers_deadline()
    {
        await using var platform = await SandboxHost.StartAsync();
        platform.Faults.TimeoutRate = 1;
        var watch = Stopwatch.StartNew();

        var failure = await Should.ThrowAsync<RpcException>(() =>
            platform.CallAsync(PlatformMethods.GetNaturalPerson, Zhang, deadline: TimeSpan.FromMilliseconds(250)));

        failure.StatusCode.ShouldBe(StatusCode.DeadlineExceeded);
        watch.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public async Task Configured_latency_delays_every_call()
    {
        await using var platform = await SandboxHost.StartAsync(new SandboxOptions { LatencyMilliseconds = 150 });
        var watch = Stopwatch.StartNew();

        await platform.CallAsync(PlatformMethods.GetNaturalPerson, Zhang);

        watch.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(140));
    }

    [Fact]
    public async Task Clearing_the_faults_restores_service()
    {
        await using var platform = await SandboxHost.StartAsync();
        platform.Faults.ErrorRate = 1;
        platform.Faults.TimeoutRate = 1;

        platform.Faults.Clear();

        (await platform.CallAsync(PlatformMethods.GetNaturalPerson, Zhang)).Name.ShouldBe("张三");
    }
}
