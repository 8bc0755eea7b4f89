using Court.GovDataBridge.Sandbox;
using Grpc.Core;
using GovData.Platform.V1;

namespace Court.GovDataBridge.Tests.Sandbox;

/// <summary>What the desk checks and does, on the ledger itself (no wire).</summary>
public sealed class ActionRulesTests : IDisposable
{
    private readonly SandboxRegistry _registry = new(TestRegistry.Build());
    private readonly ActionLedger _ledger;

    public ActionRulesTests() => _ledger = new ActionLedger(_registry, TimeProvider.System);

    public void Dispose() => _ledger.Dispose();

    [Theory]
    [InlineData(0, TestRegistry.DepositFen)]
    [InlineData(1_000_000, 1_000_000)]
    [InlineData(TestRegistry.DepositFen + 1, TestRegistry.DepositFen)]
    public void A_freeze_holds_the_amount_asked_for_up_to_the_balance_and_zero_asks_for_all(long asked, long frozen) =>
        _ledger.Submit(Requests.Freeze("k", amountFen: asked)).AmountAppliedFen.ShouldBe(frozen);

    [Fact]
    public void A_deduction_takes_at_most_what_is_left_and_releases_the_courts_freeze_by_as_much()
    {
        _ledger.Submit(Requests.Freeze("freeze", amountFen: 3_000_000));
        _ledger.Submit(Requests.Action("deduct-1", ActionKind.Deduct, amountFen: 1_000_000));
        var second = _ledger.Submit(Requests.Action("deduct-2", ActionKind.Deduct, amountFen: TestRegistry.DepositFen));

        second.AmountAppliedFen.ShouldBe(TestRegistry.DepositFen - 1_000_000);
        var deposit = Shown(TestRegistry.Deposit);
        deposit.ValueFen.ShouldBe(0);
        deposit.Restrictions.ShouldBeEmpty();
    }

    [Fact]
    public void An_unfreeze_lifts_the_courts_own_freeze_and_leaves_another_courts_seizure()
    {
        _ledger.Submit(Requests.Freeze("freeze", TestRegistry.Car, amountFen: 700));

        var unfreeze = _ledger.Submit(Requests.Action("unfreeze", ActionKind.Unfreeze, TestRegistry.Car));

        unfreeze.AmountAppliedFen.ShouldBe(700);
        Shown(TestRegistry.Car).Restrictions.ShouldHaveSingleItem().Authority.ShouldBe(TestRegistry.OtherCourt);
    }

    [Fact]
    public void A_court_with_no_measure_of_its_own_on_the_asset_lifts_every_one_as_a_bankruptcy_court_does()
    {
        var bankruptcy = Requests.Action("lift", ActionKind.Unfreeze, TestRegistry.Car);
        bankruptcy.CaseNumber = "（2026）闽0203破3号";

        _ledger.Submit(bankruptcy);

        Shown(TestRegistry.Car).Restrictions.ShouldBeEmpty();
    }

    [Fact]
    public void An_unfreeze_of_an_asset_without_any_measure_is_refused()
    {
        var failure = Should.Throw<RpcException>(() => _ledger.Submit(Requests.Action("unfreeze", ActionKind.Unfreeze, TestRegistry.Flat)));

        failure.StatusCode.ShouldBe(StatusCode.FailedPrecondition);
        failure.Status.Detail.ShouldBe("该财产上没有冻结或查封措施，无需解除");
    }

    [Fact]
    public void A_seizure_restricts_the_flat()
    {
        _ledger.Submit(Requests.Action("seize", ActionKind.Seize, TestRegistry.Flat));

        Shown(TestRegistry.Flat).Restrictions.ShouldHaveSingleItem().Kind.ShouldBe(ActionKind.Seize);
    }

    [Fact]
    public void An_asset_of_someone_else_cannot_be_frozen()
    {
        var failure = Should.Throw<RpcException>(() => _ledger.Submit(Requests.Freeze("k", TestRegistry.CompanyAccount)));

        failure.StatusCode.ShouldBe(StatusCode.FailedPrecondition);
        failure.Status.Detail.ShouldBe("该财产不在所列主体名下");
    }

    public static TheoryData<string, SubmitActionRequest, StatusCode> Refusals => new()
    {
        { "no key", Requests.Freeze(""), StatusCode.InvalidArgument },
        { "no kind", Requests.Action("k", ActionKind.Unspecified), StatusCode.InvalidArgument },
        { "negative amount", Requests.Freeze("k", amountFen: -1), StatusCode.InvalidArgument },
        { "freeze without an asset", Requests.Freeze("k", assetId: ""), StatusCode.InvalidArgument },
        { "malformed subject", Requests.Freeze("k", holder: "35020319850314123"), StatusCode.InvalidArgument },
        { "unknown subject", Requests.Freeze("k", holder: TestRegistry.Nobody), StatusCode.NotFound },
        { "unknown asset", Requests.Freeze("k", assetId: "NO-SUCH-ASSET"), StatusCode.NotFound },
        { "deregistering a person", Requests.Action("k", ActionKind.DeregistrationNotice, assetId: ""), StatusCode.FailedPrecondition },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_request_the_desk_cannot_carry_out_is_refused_and_nothing_is_applied(string why, SubmitActionRequest request, StatusCode status)
    {
        var failure = Should.Throw<RpcException>(() => _ledger.Submit(request), why);

        failure.StatusCode.ShouldBe(status, why);
        failure.Status.Detail.ShouldNotBeNullOrWhiteSpace();
        _ledger.Applied.ShouldBeEmpty();
    }

    [Fact]
    public void Credit_repair_acts_on_the_subject_and_needs_no_asset()
    {
        var action = _ledger.Submit(Requests.Action("repair", ActionKind.CreditRepair, assetId: ""));

        action.State.ShouldBe(ActionState.Applied);
        action.AssetId.ShouldBeEmpty();
    }

    [Fact]
    public void The_same_freeze_under_two_keys_is_applied_twice_and_reported_as_a_duplicate()
    {
        _ledger.Submit(Requests.Freeze("first", amountFen: 100));
        var second = _ledger.Submit(Requests.Freeze("second", amountFen: 100));
        _ledger.Submit(Requests.Freeze("car", TestRegistry.Car));

        _ledger.Applied.Count.ShouldBe(3);
        _ledger.DistinctKeys.ShouldBe(3);
        _ledger.Duplicates.ShouldHaveSingleItem().Action.ActionId.ShouldBe(second.ActionId);
    }

    private Asset Shown(string assetId) => _ledger.Show(_registry.FindAsset(assetId)!.Asset);
}
