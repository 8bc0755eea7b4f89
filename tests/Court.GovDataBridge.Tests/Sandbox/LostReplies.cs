using Court.GovDataBridge.Platform;
using Court.GovDataBridge.Sandbox;
using Grpc.Core;
using GovData.Platform.V1;

namespace Court.GovDataBridge.Tests.Sandbox;

/// <summary>The platform applies an action and the reply never arrives: the caller must resubmit under the same key.</summary>
public sealed class LostReplies : IAsyncLifetime
{
    private SandboxHost _platform = null!;

    public async Task InitializeAsync() => _platform = await SandboxHost.StartAsync();

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    [Fact]
    public async Task A_lost_reply_leaves_the_action_applied_once_and_a_resubmission_returns_it_without_applying_again()
    {
        _platform.Faults.LostReplyRate = 1;

        var lost = await Should.ThrowAsync<RpcException>(() =>
            _platform.CallAsync(PlatformMethods.SubmitAction, Requests.Freeze("freeze-1"), deadline: TimeSpan.FromMilliseconds(300)));
        var appliedWhileLost = _platform.Ledger.Applied.Count;
        _platform.Faults.LostReplyRate = 0;
        var resubmitted = await _platform.CallAsync(PlatformMethods.SubmitAction, Requests.Freeze("freeze-1"));

        lost.StatusCode.ShouldBe(StatusCode.DeadlineExceeded);
        appliedWhileLost.ShouldBe(1);
        resubmitted.State.ShouldBe(ActionState.Applied);
        resubmitted.ActionId.ShouldBe(_platform.Ledger.Applied.ShouldHaveSingleItem().Action.ActionId);
        _platform.Ledger.Duplicates.ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_a_deadline_a_lost_reply_fails_unavailable_at_once()
    {
        _platform.Faults.LostReplyRate = 1;

        var lost = await Should.ThrowAsync<RpcException>(() =>
            _platform.CallAsync(PlatformMethods.SubmitAction, Requests.Freeze("freeze-1"), deadline: Timeout.InfiniteTimeSpan));

        lost.StatusCode.ShouldBe(StatusCode.Unavailable);
        _platform.Ledger.Applied.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Queries_never_lose_their_reply()
    {
        _platform.Faults.LostReplyRate = 1;

        var holdings = await _platform.CallAsync(PlatformMethods.GetAssets, Requests.AssetsOf(TestRegistry.ZhangSan));

        holdings.Assets.ShouldNotBeEmpty();
    }
}
