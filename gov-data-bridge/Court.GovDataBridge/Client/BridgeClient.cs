using System.Runtime.CompilerServices;
using Court.GovData.Bridge.V1;
using Court.GovDataBridge.Hosting;
using Court.Grpc;
using Court.Kernel.GovData;
using Google.Protobuf;
using Microsoft.Extensions.Options;

namespace Court.GovDataBridge.Client;

/// <summary>The modules' way to the bridge: real gRPC, in process or across the extranet, with a deadline per call.</summary>
internal sealed class BridgeClient(GovDataEndpoints endpoints, IOptions<BridgeOptions> options) : IGovDataBridgeClient
{
    private static readonly HttpMessageInvoker Http = GrpcClient.CreateInvoker();
    private GrpcClient? _client;

    public Task<QuerySubjectReply> QuerySubjectAsync(string grant, QuerySubjectRequest request, CancellationToken ct = default) =>
        CallAsync(BridgeMethods.QuerySubject, request, grant, ct);

    public Task<QueryAssetsReply> QueryAssetsAsync(string grant, QueryAssetsRequest request, CancellationToken ct = default) =>
        CallAsync(BridgeMethods.QueryAssets, request, grant, ct);

    public async IAsyncEnumerable<BatchQueryAssetsItem> BatchQueryAssetsAsync(
        string grant, BatchQueryAssetsRequest request, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var client = await ClientAsync(ct);
        await using var call = client.ServerStreaming(BridgeMethods.BatchQueryAssets, request, new CallOptions(Headers(grant), null, ct));
        var items = call.ReadAllAsync(ct).GetAsyncEnumerator(ct);
        try
        {
            while (true)
            {
                try
                {
                    if (!await items.MoveNextAsync()) yield break;
                }
                catch (RpcException e)
                {
                    throw new GovDataException((int)e.StatusCode, e.Detail);
                }
                yield return items.Current;
            }
        }
        finally
        {
            await items.DisposeAsync();
        }
    }

    public Task<QuerySocialSecurityReply> QuerySocialSecurityAsync(string grant, QuerySocialSecurityRequest request, CancellationToken ct = default) =>
        CallAsync(BridgeMethods.QuerySocialSecurity, request, grant, ct);

    public Task<ActionStatus> SubmitActionAsync(string grant, SubmitActionRequest request, CancellationToken ct = default) =>
        CallAsync(BridgeMethods.SubmitAction, request, grant, ct);

    public Task<ActionStatus> GetActionAsync(string grant, GetActionRequest request, CancellationToken ct = default) =>
        CallAsync(BridgeMethods.GetAction, request, grant, ct);

    private async Task<TResponse> CallAsync<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, string grant, CancellationToken ct)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new()
    {
        var client = await ClientAsync(ct);
        // Room for the bridge to retry the platform (deadline × attempts, plus backoff) and to write its snapshot and
        // audit entry on a busy database; never less than ten seconds.
        var budget = TimeSpan.FromMilliseconds(Math.Max(10_000, options.Value.CallDeadlineMilliseconds * Math.Max(1, options.Value.QueryAttempts) + 5_000));
        try
        {
            // A gRPC deadline is measured against the machine's clock, not the injected one (which a test may have moved).
            return await client.UnaryAsync(method, request, new CallOptions(Headers(grant), TimeProvider.System.GetUtcNow().UtcDateTime + budget, ct));
        }
        catch (RpcException e)
        {
            throw new GovDataException((int)e.StatusCode, e.Detail);
        }
    }

    private async ValueTask<GrpcClient> ClientAsync(CancellationToken ct) =>
        _client ??= new GrpcClient(Http, await endpoints.BridgeAsync(ct));

    private static Metadata Headers(string grant) => new() { { "authorization", "Bearer " + grant } };
}
