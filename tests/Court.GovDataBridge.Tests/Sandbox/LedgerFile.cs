using Court.GovDataBridge.Platform;
using System.Text.Json;
using Court.GovDataBridge.Sandbox;
using Grpc.Core;
using GovData.Platform.V1;
using PlatformAction = GovData.Platform.V1.Action;

namespace Court.GovDataBridge.Tests.Sandbox;

public sealed class LedgerFile : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly SandboxRegistry _registry = new(TestRegistry.Build());

    private string Path => _folder.File("sandbox", "actions.jsonl");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_restarted_platform_remembers_what_it_applied_and_does_not_apply_it_again()
    {
        var options = new SandboxOptions { LedgerFile = Path };
        PlatformAction frozen;
        await using (var before = await SandboxHost.StartAsync(options))
        {
            frozen = await before.CallAsync(PlatformMethods.SubmitAction, Requests.Freeze("freeze-1", amountFen: 1_000_000));
            await before.CallAsync(PlatformMethods.SubmitAction, Requests.Action("deduct-1", ActionKind.Deduct, amountFen: 400_000));
            await before.CallAsync(PlatformMethods.SubmitAction, Requests.Action("lift-car", ActionKind.Unfreeze, TestRegistry.Car));
        }

        await using var after = await SandboxHost.StartAsync(options);
        var resubmitted = await after.CallAsync(PlatformMethods.SubmitAction, Requests.Freeze("freeze-1", amountFen: 1_000_000));
        var assets = (await after.CallAsync(PlatformMethods.GetAssets, Requests.AssetsOf(TestRegistry.ZhangSan))).Assets;
        var next = await after.CallAsync(PlatformMethods.SubmitAction, Requests.Freeze("car", TestRegistry.Car));

        resubmitted.ShouldBe(frozen);
        after.Ledger.Applied.Select(a => a.IdempotencyKey).ShouldBe(["freeze-1", "deduct-1", "lift-car", "car"]);
        var deposit = assets.Single(a => a.AssetId == TestRegistry.Deposit);
        deposit.ValueFen.ShouldBe(TestRegistry.DepositFen - 400_000);
        deposit.Restrictions.ShouldHaveSingleItem().AmountFen.ShouldBe(600_000);
        assets.Single(a => a.AssetId == TestRegistry.Car).Restrictions.ShouldBeEmpty();
        next.ActionId.ShouldNotBe(frozen.ActionId);
    }

    [Fact]
    public void Each_applied_action_is_one_json_line_readable_only_by_the_owner()
    {
        using (var ledger = new ActionLedger(_registry, TimeProvider.System, Path))
        {
            ledger.Submit(Requests.Freeze("freeze-1"));
            ledger.Submit(Requests.Freeze("freeze-1"));
            ledger.Submit(Requests.Action("repair", ActionKind.CreditRepair, assetId: ""));
        }

        var lines = File.ReadAllLines(Path);
        lines.Length.ShouldBe(2);
        using var first = JsonDocument.Parse(lines[0]);
        first.RootElement.GetProperty("request").GetProperty("idempotencyKey").GetString().ShouldBe("freeze-1");
        first.RootElement.GetProperty("action").GetProperty("state").GetString().ShouldBe("APPLIED");
        if (!OperatingSystem.IsWindows())
            File.GetUnixFileMode(Path).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public void A_line_cut_short_by_a_crash_is_dropped_and_the_ledger_goes_on()
    {
        using (var ledger = new ActionLedger(_registry, TimeProvider.System, Path))
            ledger.Submit(Requests.Freeze("freeze-1"));
        File.AppendAllText(Path, "{\"request\":{\"idempotencyKey\":\"car\"");

        using (var ledger = new ActionLedger(_registry, TimeProvider.System, Path))
        {
            ledger.Applied.ShouldHaveSingleItem().IdempotencyKey.ShouldBe("freeze-1");
            ledger.Submit(Requests.Freeze("car", TestRegistry.Car));
        }

        using var reloaded = new ActionLedger(_registry, TimeProvider.System, Path);
        reloaded.Applied.Select(a => a.IdempotencyKey).ShouldBe(["freeze-1", "car"]);
    }

    [Fact]
    public void A_damaged_line_in_the_middle_stops_the_platform_from_starting()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        File.WriteAllText(Path, "not json\n{}\n");

        Should.Throw<InvalidDataException>(() => new ActionLedger(_registry, TimeProvider.System, Path)).Message.ShouldContain(":1:");
    }

    [Fact]
    public void Without_a_file_the_ledger_is_in_memory_only()
    {
        using var ledger = new ActionLedger(_registry, TimeProvider.System);

        ledger.Submit(Requests.Freeze("freeze-1")).State.ShouldBe(ActionState.Applied);
        Directory.EnumerateFiles(_folder.Path, "*", SearchOption.AllDirectories).ShouldBeEmpty();
    }
}
