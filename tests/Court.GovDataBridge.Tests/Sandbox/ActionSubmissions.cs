using Court.GovDataBridge.Platform;
using Court.GovDataBridge.Sandbox;
using Grpc.Core;
using GovData.Platform.V1;

namespace Court.GovDataBridge.Tests.Sandbox;

public sealed class ActionSubmissions : IAsyncLifetime
{
    private SandboxHost _platform = null!;

    public async Task InitializeAsync() => _platform = await SandboxHost.StartAsync();

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    [Fact]
    public async Task An_action_is_applied_at_once()
    {
        var action = await _platform.CallAsync(PlatformMethods.SubmitAction, Requests.Freeze("freeze-1", amountFen: 1_000_000));

        action.State.ShouldBe(ActionState.Applied);
        action.Kind.ShouldBe(ActionKind.Freeze);
        action.IdempotencyKey.ShouldBe("freeze-1");
        action.AmountAppliedFen.ShouldBe(1_000_000);
        action.AssetId.ShouldBe(TestRegistry.Deposit);
        action.Subject.ResidentIdNumber.ShouldBe(TestRegistry.ZhangSan);
        action.AppliedAt.ShouldNotBeNull();
        action.Detail.ShouldBe("已冻结");
    }

    [Fact]
    public async Task The_same_key_twice_returns_the_first_action_and_applies_it_once()
    {
        var first = await _platform.CallAsync(PlatformMethods.SubmitAction, Requests.Freeze("freeze-1"));
        var second = await _platform.CallAsync(PlatformMethods.SubmitAction, Requests.Freeze("freeze-1"));

        second.ShouldBe(first);
        _platform.Ledger.Applied.ShouldHaveSingleItem().Action.ActionId.ShouldBe(first.ActionId);
        _platform.Ledger.Repeats.ShouldBe(1);
        _platform.Ledger.Duplicates.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_different_request_under_a_used_key_already_exists_and_is_not_applied()
    {
        await _platform.CallAsync(PlatformMethods.SubmitAction, Requests.Freeze("freeze-1"));

        var failure = await Should.ThrowAsync<RpcException>(() =>
            _platform.CallAsync(PlatformMethods.SubmitAction, Requests.Freeze("freeze-1", TestRegistry.Car)));

        failure.StatusCode.ShouldBe(StatusCode.AlreadyExists);
        failure.Status.Detail.ShouldBe("该幂等键已用于另一项协助执行请求");
        _platform.Ledger.Applied.Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_action_is_found_by_its_id_and_by_its_key()
    {
        var submitted = await _platform.CallAsync(PlatformMethods.SubmitAction, Requests.Freeze("freeze-1"));

        var byId = await _platform.CallAsync(PlatformMethods.GetAction, new GetActionRequest { ActionId = submitted.ActionId });
        var byKey = await _platform.CallAsync(PlatformMethods.GetAction, new GetActionRequest { IdempotencyKey = "freeze-1" });

        byId.ShouldBe(submitted);
        byKey.ShouldBe(submitted);
    }

    [Fact]
    public async Task An_unknown_action_is_not_found_and_asking_without_id_or_key_is_invalid()
    {
        var unknown = await Should.ThrowAsync<RpcException>(() =>
            _platform.CallAsync(PlatformMethods.GetAction, new GetActionRequest { IdempotencyKey = "never-sent" }));
        var neither = await Should.ThrowAsync<RpcException>(() =>
            _platform.CallAsync(PlatformMethods.GetAction, new GetActionRequest()));

        unknown.StatusCode.ShouldBe(StatusCode.NotFound);
        unknown.Status.Detail.ShouldBe("未查询到该协助执行事项");
        neither.StatusCode.ShouldBe(StatusCode.InvalidArgument);
    }

    [Fact]
    public async Task A_refused_request_does_not_use_up_its_key()
    {
        var refused = await Should.ThrowAsync<RpcException>(() =>
            _platform.CallAsync(PlatformMethods.SubmitAction, Requests.Freeze("freeze-1", "NO-SUCH-ASSET")));

        var applied = await _platform.CallAsync(PlatformMethods.SubmitAction, Requests.Freeze("freeze-1"));

        refused.StatusCode.ShouldBe(StatusCode.NotFound);
        refused.Status.Detail.ShouldBe("未查询到该财产的登记信息");
        applied.State.ShouldBe(ActionState.Applied);
    }
}
