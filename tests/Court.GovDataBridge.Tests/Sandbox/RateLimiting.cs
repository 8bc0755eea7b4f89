using Court.GovDataBridge.Platform;
using Court.GovDataBridge.Sandbox;
using Grpc.Core;
using GovData.Platform.V1;

namespace Court.GovDataBridge.Tests.Sandbox;

public sealed class RateLimiting
{
    [Fact]
    public async Task Calls_beyond_the_limit_in_one_second_are_refused_and_counted()
    {
        await using var platform = await SandboxHost.StartAsync(new SandboxOptions { RateLimitPerSecond = 20 });
        var request = new GetNaturalPersonRequest { ResidentIdNumber = TestRegistry.ZhangSan };

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 60).Select(async _ =>
        {
            try
            {
                await platform.CallAsync(PlatformMethods.GetNaturalPerson, request);
                return StatusCode.OK;
            }
            catch (RpcException e)
            {
                return e.StatusCode;
            }
        }));

        outcomes.ShouldAllBe(s => s == StatusCode.OK || s == StatusCode.ResourceExhausted);
        outcomes.Count(s => s == StatusCode.OK).ShouldBeInRange(1, 40);
        platform.Platform.RefusedCalls.ShouldBe(outcomes.Count(s => s == StatusCode.ResourceExhausted));
    }

    [Fact]
    public async Task A_refusal_says_so_in_Chinese_and_the_window_slides_on()
    {
        var clock = new ShiftedClock();
        await using var platform = await SandboxHost.StartAsync(new SandboxOptions { RateLimitPerSecond = 2 }, clock);
        var request = new GetNaturalPersonRequest { ResidentIdNumber = TestRegistry.ZhangSan };
        await platform.CallAsync(PlatformMethods.GetNaturalPerson, request);
        await platform.CallAsync(PlatformMethods.GetNaturalPerson, request);

        var refused = await Should.ThrowAsync<RpcException>(() => platform.CallAsync(PlatformMethods.GetNaturalPerson, request));
        clock.Advance(TimeSpan.FromSeconds(1.1));
        var person = await platform.CallAsync(PlatformMethods.GetNaturalPerson, request);

        refused.StatusCode.ShouldBe(StatusCode.ResourceExhausted);
        refused.Status.Detail.ShouldContain("每秒最多受理 2 次");
        person.Name.ShouldBe("张三");
    }
}
