using System.Runtime.CompilerServices;
using Court.GovData.Bridge.V1;
using Court.GovDataBridge.Hosting;
using Court.Kernel.GovData;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Options;
using BridgeService = Court.GovData.Bridge.V1.GovDataBridge;

namespace Court.GovDataBridge.Client;

/// <summary>The modules' way to the bridge: the generated client, in process or across the extranet, with a deadline per call.</summary>
internal sealed class BridgeClient(GovDataEndpoints endpoints, GrpcChannels channels, IOptions<BridgeOptions> options)
    : IGovDataBridgeClient, IDisposable
{
    private readonly SemaphoreSlim _opening = new(1, 1);
    private GrpcChannel? _channel;
    private BridgeService.GovDataBridgeClient? _client;

    public Task<QuerySubjectReply> QuerySubjectAsync(string grant, QuerySubjectRequest request, CancellationToken ct = default) =>
        CallAsync((client, o) => client.QuerySubjectAsync(request, o), grant, ct);

    public Task<QueryAssetsReply> QueryAssetsAsync(string grant, QueryAssetsRequest request, CancellationToken ct = default) =>
        CallAsync((client, o) => client.QueryAssetsAsync(request, o), grant, ct);

    public async IAsyncEnumerable<BatchQueryAssetsItem> BatchQueryAssetsAsync(
        string grant, BatchQueryAssetsRequest request, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var client = await ClientAsync(ct);
        using var call = client.BatchQueryAssets(request, new CallOptions(Headers(grant), cancellationToken: ct));
        while (true)
        {
            try
            {
                if (!await call.ResponseStream.MoveNext(ct)) yield break;
            }
            catch (RpcException e)
            {
                throw new GovDataException((int)e.StatusCode, e.Status.Detail);
            }
            yield return call.ResponseStream.Current;
        }
    }

    public Task<QuerySocialSecurityReply> QuerySocialSecurityAsync(string grant, QuerySocialSecurityRequest request, CancellationToken ct = default) =>
        CallAsync((client, o) => client.QuerySocialSecurityAsync(request, o), grant, ct);

    public Task<ActionStatus> SubmitActionAsync(string grant, SubmitActionRequest request, CancellationToken ct = default) =>
        CallAsync((client, o) => client.SubmitActionAsync(request, o), grant, ct);

    public Task<ActionStatus> GetActionAsync(string grant, GetActionRequest request, CancellationToken ct = default) =>
        CallAsync((client, o) => client.GetActionAsync(request, o), grant, ct);

    public void Dispose()
    {
        _channel?.Dispose();
        _opening.Dispose();
    }

    private async Task<TResponse> CallAsync<TResponse>(
        Func<BridgeService.GovDataBridgeClient, CallOptions, AsyncUnaryCall<TResponse>> call, string grant, CancellationToken ct)
    {
        var client = await ClientAsync(ct);
        // Room for the bridge to retry the platform (deadline × attempts, plus backoff) and to write its snapshot and
        // audit entry on a busy database; never less than ten seconds.
        var budget = TimeSpan.FromMilliseconds(Math.Max(10_000, options.Value.CallDeadlineMilliseconds * Math.Max(1, options.Value.QueryAttempts) + 5_000));
        try
        {
            // A gRPC deadline is measured against the machine's clock, not the injected one (which a test may have moved).
            return await call(client, new CallOptions(Headers(grant), TimeProvider.System.GetUtcNow().UtcDateTime + budget, ct));
        }
        catch (RpcException e)
        {
            throw new GovDataException((int)e.StatusCode, e.Status.Detail);
        }
    }

    private async ValueTask<BridgeService.GovDataBridgeClient> ClientAsync(CancellationToken ct)
    {
        if (_client is { } ready) return ready;
        await _opening.WaitAsync(ct);
        try
        {
            if (_client is null)
            {
                _channel = channels.Open(await endpoints.BridgeAsync(ct), GrpcChannels.BridgeLink);
                _client = new BridgeService.GovDataBridgeClient(_channel.CreateCallInvoker());
            }
            return _client;
        }
        finally
        {
            _opening.Release();
        }
    }

    private static Metadata Headers(string grant) => new() { { "authorization", "Bearer " + grant } };
}
