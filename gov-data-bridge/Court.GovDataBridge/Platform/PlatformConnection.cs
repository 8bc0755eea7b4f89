using Court.GovDataBridge.Hosting;
using Grpc.Core;
using Grpc.Net.Client;

namespace Court.GovDataBridge.Platform;

/// <summary>The channel to the government platform (known once the hosts have started) and the court's key for it.</summary>
internal sealed class PlatformConnection(GovDataEndpoints endpoints, PlatformKey key, GrpcChannels channels) : IDisposable
{
    private readonly SemaphoreSlim _opening = new(1, 1);
    private GrpcChannel? _channel;
    private PlatformClients? _clients;

    public Metadata Headers { get; } = new() { { "authorization", "Bearer " + key.Value } };

    public async ValueTask<PlatformClients> ClientsAsync(CancellationToken ct)
    {
        if (_clients is { } ready) return ready;
        await _opening.WaitAsync(ct);
        try
        {
            if (_clients is null)
            {
                _channel = channels.Open(await endpoints.PlatformAsync(ct), GrpcChannels.PlatformLink);
                _clients = new PlatformClients(_channel.CreateCallInvoker());
            }
            return _clients;
        }
        finally
        {
            _opening.Release();
        }
    }

    public void Dispose()
    {
        _channel?.Dispose();
        _opening.Dispose();
    }
}

/// <summary>The key the platform issued to the court (the sandbox's own in embedded mode).</summary>
internal sealed record PlatformKey(string Value);
