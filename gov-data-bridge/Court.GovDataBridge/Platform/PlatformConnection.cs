using Court.GovDataBridge.Hosting;
using Court.Grpc;

namespace Court.GovDataBridge.Platform;

/// <summary>The channel to the government platform (known once the hosts have started) and the court's key for it.</summary>
internal sealed class PlatformConnection(GovDataEndpoints endpoints, PlatformKey key)
{
    private static readonly HttpMessageInvoker Http = GrpcClient.CreateInvoker();
    private GrpcClient? _client;

    public Metadata Headers { get; } = new() { { "authorization", "Bearer " + key.Value } };

    public async ValueTask<GrpcClient> ClientAsync(CancellationToken ct) =>
        _client ??= new GrpcClient(Http, await endpoints.PlatformAsync(ct));
}

/// <summary>The key the platform issued to the court (the sandbox's own in embedded mode).</summary>
internal sealed record PlatformKey(string Value);
