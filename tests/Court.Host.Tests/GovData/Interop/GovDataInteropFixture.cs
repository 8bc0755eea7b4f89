using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Court.GovData.Bridge.V1;
using Court.GovDataBridge.Hosting;
using Court.GovDataBridge.Sandbox;
using Court.GovDataBridge.Tests.Interop;
using Court.Host.Identity;
using Court.Host.Tests.Infrastructure;
using Court.Kernel.GovData;
using Court.Seeds.Demo;
using Google.Protobuf;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Court.Host.Tests.GovData.Interop;

/// <summary>
/// One court host per test class, its bridge and sandbox platform listening on loopback ports, and Python stubs for
/// their protos (platform, bridge, health) generated once: Debian's stock gRPC client calls them through
/// <c>govdata_client.py</c>.
/// </summary>
public sealed class GovDataInteropFixture : IAsyncLifetime
{
    private const string Client = "GovData/Interop/govdata_client.py";
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(60);

    private readonly CourtAppFactory _app = new();
    private string? _stubs;

    /// <summary>The bridge's <c>host:port</c>.</summary>
    public string Bridge { get; private set; } = "";

    /// <summary>The sandbox platform's <c>host:port</c>.</summary>
    public string Platform { get; private set; } = "";

    /// <summary>The key the sandbox platform expects as <c>authorization: Bearer</c>.</summary>
    public string PlatformKey { get; private set; } = "";

    public IServiceProvider Services => _app.Services;

    internal SandboxFaults Faults => Services.GetRequiredService<SandboxFaults>();

    public async Task InitializeAsync()
    {
        var stubs = StockGrpc.GenerateStubsAsync(
            Path.Combine(StockGrpc.RepoRoot, "gov-data-bridge/protos"),
            ["govdata/platform/v1/platform.proto", "court/govdata/bridge/v1/bridge.proto", "grpc/health/v1/health.proto", "grpc/reflection/v1alpha/reflection.proto"]);
        try
        {
            // Starting the host runs its hosted services: the bridge and the platform take their ports.
            _app.CreateClient().Dispose();
            using var limit = new CancellationTokenSource(StartupLimit);
            var endpoints = Services.GetRequiredService<GovDataEndpoints>();
            Bridge = (await endpoints.BridgeAsync(limit.Token)).Authority;
            Platform = (await endpoints.PlatformAsync(limit.Token)).Authority;
            PlatformKey = Services.GetRequiredService<IOptions<SandboxOptions>>().Value.Key
                ?? throw new InvalidOperationException("The sandbox platform has no key.");
        }
        finally
        {
            _stubs = await stubs;
        }
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        if (_stubs is not null && Directory.Exists(_stubs)) Directory.Delete(_stubs, recursive: true);
    }

    /// <summary>A grant and its token for <paramref name="userName"/> in a demo case, as the host issues them.</summary>
    public async Task<(GovDataGrant Grant, string Token)> GrantAsync(
        string userName, Guid caseId, Purpose purpose, params GovDataCategory[] categories)
    {
        await using var scope = Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<CourtUser>>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"No demo account '{userName}'.");
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()), new Claim(ClaimTypes.Name, userName)], "test"));
        var issued = await scope.ServiceProvider.GetRequiredService<IGovDataGrants>().IssueForCaseAsync(principal, caseId, purpose, categories);
        issued.Granted.ShouldBeTrue(issued.DeniedReason);
        return (issued.Grant!, issued.Token!);
    }

    /// <summary>The enforcement officer's grant on demo case 3 (执行) for <paramref name="categories"/>.</summary>
    public Task<(GovDataGrant Grant, string Token)> EnforcementGrantAsync(params GovDataCategory[] categories) =>
        GrantAsync("enforcement", DemoCatalogue.Cases[2].Id, Purpose.EnforcementInvestigation, categories);

    /// <summary>Makes <paramref name="calls"/> in order from one stock Python client process.</summary>
    public async Task<IReadOnlyList<StockCallResult>> CallAsync(params StockCall[] calls)
    {
        var argument = new JsonArray([.. calls.Select(call => (JsonNode)new JsonObject
        {
            ["address"] = call.Address,
            ["method"] = call.Method,
            ["request"] = JsonNode.Parse(JsonFormatter.Default.Format(call.Request)),
            ["token"] = call.Token,
            ["timeout"] = call.TimeoutSeconds,
        })]);
        var output = await StockGrpc.RunClientAsync(Client, [argument.ToJsonString()], _stubs!);
        var results = output.GetProperty("results").EnumerateArray().Select(result => new StockCallResult(
            result.GetProperty("code").GetInt32(),
            result.GetProperty("details").GetString() ?? "",
            result.GetProperty("elapsed_ms").GetInt32(),
            [.. result.GetProperty("replies").EnumerateArray().Select(reply => reply.GetRawText())])).ToList();
        results.Count.ShouldBe(calls.Length);
        return results;
    }

    /// <summary>Makes one call from a stock Python client process.</summary>
    public async Task<StockCallResult> CallAsync(StockCall call) => (await CallAsync([call]))[0];
}

/// <summary>
/// A call for the stock client: <paramref name="Method"/> is the full name (<c>package.Service/Method</c>),
/// <paramref name="Token"/> goes out as <c>authorization: Bearer</c>.
/// </summary>
public sealed record StockCall(string Address, string Method, IMessage Request, string? Token = null, double TimeoutSeconds = 10);

/// <summary>How a stock client's call ended (<paramref name="Code"/> 0 = OK), with the replies it received in proto JSON.</summary>
public sealed record StockCallResult(int Code, string Details, int ElapsedMs, IReadOnlyList<string> Replies)
{
    /// <summary>The one reply of a unary call.</summary>
    public T Reply<T>() where T : IMessage, new() => JsonParser.Default.Parse<T>(Replies.ShouldHaveSingleItem());

    /// <summary>Every message of a streaming call, in the order they arrived.</summary>
    public IReadOnlyList<T> Stream<T>() where T : IMessage, new() => [.. Replies.Select(reply => JsonParser.Default.Parse<T>(reply))];

    public override string ToString() => $"{Code} {Details}";
}
