using System.Security.Claims;
using Court.GovData.Bridge.V1;
using Court.GovDataBridge.Persistence;
using Court.GovDataBridge.Sandbox;
using Court.Host.Tests.Infrastructure;
using Court.Kernel.Access;
using Court.Kernel.GovData;
using Court.Seeds.Demo;
using GovData.Platform.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubmitActionRequest = Court.GovData.Bridge.V1.SubmitActionRequest;
using GetActionRequest = Court.GovData.Bridge.V1.GetActionRequest;

namespace Court.Host.Tests.GovData;

/// <summary>
/// 1,000 freezes through the bridge while the sandbox loses replies after applying, times out, and is down for a while:
/// every request ends applied, and the platform applied each exactly once.
/// </summary>
[Trait("Category", "Persistence")]
public sealed class FreezeExactlyOnceTests : IAsyncLifetime
{
    private const int Requests = 1000;
    private static readonly Guid EnforcementCase = DemoCatalogue.Cases[2].Id;
    private readonly CourtAppFactory _app = new();

    public Task InitializeAsync()
    {
        _app.ExtraSettings["Court:Jobs:Workers"] = "8";
        _app.ExtraSettings["Court:Jobs:PollMilliseconds"] = "50";
        _app.ExtraSettings["Court:Jobs:RetryBaseSeconds"] = "1";
        _app.ExtraSettings["Court:Jobs:RetryMaxSeconds"] = "2";
        _app.ExtraSettings["Court:Bridge:CallDeadlineMilliseconds"] = "400";
        _app.ExtraSettings["Court:Bridge:BreakerOpenMilliseconds"] = "500";
        _app.ExtraSettings["Court:Platform:RateLimitPerSecond"] = "0";
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_thousand_freezes_under_lost_replies_timeouts_and_an_outage_are_each_applied_exactly_once()
    {
        _app.CreateClient().Dispose();
        var services = _app.Services;
        var clock = services.GetRequiredService<TimeProvider>();
        var faults = services.GetRequiredService<SandboxFaults>();
        var ledger = services.GetRequiredService<ActionLedger>();
        var bridge = services.GetRequiredService<IGovDataBridgeClient>();
        var (grant, token) = await GrantAsync(services);
        var targets = services.GetRequiredService<PlatformRegistryData>().Holdings
            .SelectMany(h => h.Assets.Where(a => a.Category == AssetCategory.BankDeposit && a.Restrictions.Count == 0).Select(a => (h.Subject, a.AssetId)))
            .Take(Requests).ToList();
        targets.Count.ShouldBe(Requests);

        faults.LostReplyRate = 0.2;
        faults.TimeoutRate = 0.05;
        faults.DownUntil = clock.GetUtcNow().AddSeconds(3);

        await Parallel.ForEachAsync(Enumerable.Range(0, Requests), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
            await SubmitAsARealCallerAsync(bridge, token, Freeze(grant, i, targets[i]), ct));
        // A caller that did not hear back submits again with the same key: nothing new happens.
        await Parallel.ForEachAsync(Enumerable.Range(0, 100), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
            await SubmitAsARealCallerAsync(bridge, token, Freeze(grant, i, targets[i]), ct));

        await WaitUntilAllFinalAsync(services, TimeSpan.FromMinutes(3));
        faults.Clear();

        ledger.Applied.Count.ShouldBe(Requests);
        ledger.DistinctKeys.ShouldBe(Requests);
        ledger.Duplicates.ShouldBeEmpty();
        ledger.Repeats.ShouldBeGreaterThan(0, "some replies were lost after the action applied, so some retries must have been answered from the ledger");
        for (var i = 0; i < Requests; i++)
        {
            var status = await ReadAsARealCallerAsync(() =>
                bridge.GetActionAsync(token, new GetActionRequest { Context = grant.ContextFor($"check-{i}"), IdempotencyKey = Key(i) }));
            status.Progress.ShouldBe(ActionProgress.Applied, status.Detail);
        }
    }

    /// <summary>
    /// Reading an action's state is safe to repeat: a caller whose read was cut short on a loaded machine (the call cancelled,
    /// reset or out of time on the way back) reads again, as the officer's client does.
    /// </summary>
    private static async Task<T> ReadAsARealCallerAsync<T>(Func<Task<T>> read)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await read();
            }
            catch (GovDataException e) when (e.StatusCode is 1 or 2 or 4 or 13 or 14 && attempt < 10)
            {
                // CANCELLED, UNKNOWN, DEADLINE_EXCEEDED, INTERNAL or UNAVAILABLE in transit: read again
            }
        }
    }

    /// <summary>
    /// A caller who did not hear back in time (DEADLINE_EXCEEDED, UNAVAILABLE on a loaded machine) submits again with the same
    /// idempotency key, as the officer's client does; that is the premise of exactly-once, not a failure of it.
    /// </summary>
    private static async Task SubmitAsARealCallerAsync(IGovDataBridgeClient bridge, string token, SubmitActionRequest request, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await bridge.SubmitActionAsync(token, request, ct);
                return;
            }
            catch (GovDataException e) when (e.StatusCode is 4 or 14 && attempt < 10)
            {
                // DEADLINE_EXCEEDED or UNAVAILABLE: ask again with the same key
            }
        }
    }

    private static SubmitActionRequest Freeze(GovDataGrant grant, int i, (SubjectRef Subject, string AssetId) target) => new()
    {
        Context = grant.ContextFor($"freeze-{i}"),
        IdempotencyKey = Key(i),
        Kind = ActionKind.Freeze,
        Subject = target.Subject,
        AssetId = target.AssetId,
        AmountFen = 100_000,
        DocumentNumber = $"（2026）闽0203执1号之{i + 1}",
        Reason = "冻结被执行人存款",
    };

    private static string Key(int i) => $"freeze-test-{i:D4}";

    private static async Task<(GovDataGrant Grant, string Token)> GrantAsync(IServiceProvider services)
    {
        var officer = DemoCatalogue.Accounts.Single(a => a.UserName == "enforcement");
        await using var scope = services.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Court.Host.Identity.CourtUser>>();
        var user = await userManager.FindByNameAsync(officer.UserName);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user!.Id.ToString()), new Claim(ClaimTypes.Name, officer.UserName)], "test"));
        var issued = await scope.ServiceProvider.GetRequiredService<IGovDataGrants>()
            .IssueForCaseAsync(principal, EnforcementCase, Purpose.EnforcementInvestigation, [GovDataCategory.Actions]);
        issued.Granted.ShouldBeTrue(issued.DeniedReason);
        return (issued.Grant!, issued.Token!);
    }

    private static async Task WaitUntilAllFinalAsync(IServiceProvider services, TimeSpan limit)
    {
        var final = new[] { nameof(ActionProgress.Applied), nameof(ActionProgress.Rejected), nameof(ActionProgress.Failed) };
        var until = DateTime.UtcNow + limit;
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BridgeDb>();
            var open = await db.Actions.CountAsync(a => !final.Contains(a.Progress));
            if (open == 0) return;
            if (DateTime.UtcNow > until) throw new TimeoutException($"{open} freezes still not final after {limit}.");
            await Task.Delay(250);
        }
    }
}
