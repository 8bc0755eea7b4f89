using Court.GovDataBridge.Platform;
using Court.GovDataBridge.Sandbox;
using Grpc.Core;
using GovData.Platform.V1;

namespace Court.GovDataBridge.Tests.Sandbox;

public sealed class AssetQueries : IAsyncLifetime
{
    private SandboxHost _platform = null!;

    public async Task InitializeAsync() => _platform = await SandboxHost.StartAsync();

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    [Fact]
    public async Task No_categories_means_every_category()
    {
        var holdings = await _platform.CallAsync(PlatformMethods.GetAssets, Requests.AssetsOf(TestRegistry.ZhangSan));

        holdings.Subject.ResidentIdNumber.ShouldBe(TestRegistry.ZhangSan);
        holdings.Assets.Select(a => a.AssetId).ShouldBe([TestRegistry.Deposit, TestRegistry.Flat, TestRegistry.Car, TestRegistry.HousingFund]);
        holdings.AsOf.ShouldNotBeNull();
        holdings.Assets.Single(a => a.AssetId == TestRegistry.Car).Restrictions.ShouldHaveSingleItem().Authority.ShouldBe(TestRegistry.OtherCourt);
    }

    [Fact]
    public async Task Only_the_categories_asked_for_are_returned()
    {
        var holdings = await _platform.CallAsync(PlatformMethods.GetAssets,
            Requests.AssetsOf(TestRegistry.ZhangSan, AssetCategory.BankDeposit, AssetCategory.Vehicle));

        holdings.Assets.Select(a => a.AssetId).ShouldBe([TestRegistry.Deposit, TestRegistry.Car]);
    }

    [Fact]
    public async Task A_registered_person_who_holds_nothing_gets_an_empty_list_not_a_miss()
    {
        var holdings = await _platform.CallAsync(PlatformMethods.GetAssets, Requests.AssetsOf(TestRegistry.LiSi));

        holdings.Subject.ResidentIdNumber.ShouldBe(TestRegistry.LiSi);
        holdings.Assets.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_company_is_queried_by_its_credit_code()
    {
        var holdings = await _platform.CallAsync(PlatformMethods.GetAssets,
            new GetAssetsRequest { Subject = new SubjectRef { CreditCode = TestRegistry.Trading } });

        holdings.Assets.ShouldHaveSingleItem().AssetId.ShouldBe(TestRegistry.CompanyAccount);
    }

    [Fact]
    public async Task An_unknown_subject_is_not_found_and_a_missing_one_is_invalid()
    {
        var unknown = await Should.ThrowAsync<RpcException>(() =>
            _platform.CallAsync(PlatformMethods.GetAssets, new GetAssetsRequest { Subject = new SubjectRef { CreditCode = TestRegistry.NoCompany } }));
        var missing = await Should.ThrowAsync<RpcException>(() =>
            _platform.CallAsync(PlatformMethods.GetAssets, new GetAssetsRequest()));

        unknown.StatusCode.ShouldBe(StatusCode.NotFound);
        unknown.Status.Detail.ShouldBe("未查询到该统一社会信用代码的登记信息");
        missing.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        missing.Status.Detail.ShouldBe("请提供公民身份号码或统一社会信用代码");
    }

    [Fact]
    public async Task A_freeze_shows_on_the_asset_as_a_restriction_by_the_court_in_the_case()
    {
        var freeze = await _platform.CallAsync(PlatformMethods.SubmitAction, Requests.Freeze("freeze-1", amountFen: 1_000_000));

        var holdings = await _platform.CallAsync(PlatformMethods.GetAssets, Requests.AssetsOf(TestRegistry.ZhangSan, AssetCategory.BankDeposit));

        var restriction = holdings.Assets.ShouldHaveSingleItem().Restrictions.ShouldHaveSingleItem();
        restriction.ActionId.ShouldBe(freeze.ActionId);
        restriction.Kind.ShouldBe(ActionKind.Freeze);
        restriction.AmountFen.ShouldBe(1_000_000);
        restriction.Authority.ShouldBe(Requests.Court + Requests.CaseNumber);
        restriction.Since.ShouldBe(freeze.AppliedAt);
    }

    [Fact]
    public async Task A_deduction_lowers_the_balance_shown()
    {
        await _platform.CallAsync(PlatformMethods.SubmitAction, Requests.Action("deduct-1", ActionKind.Deduct, amountFen: 2_000_000));

        var holdings = await _platform.CallAsync(PlatformMethods.GetAssets, Requests.AssetsOf(TestRegistry.ZhangSan, AssetCategory.BankDeposit));

        holdings.Assets.ShouldHaveSingleItem().ValueFen.ShouldBe(TestRegistry.DepositFen - 2_000_000);
    }
}
