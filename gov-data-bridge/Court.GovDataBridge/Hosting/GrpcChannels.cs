using Grpc.Net.Client;

namespace Court.GovDataBridge.Hosting;

/// <summary>
/// Opens the bridge's outgoing channels (to the platform; the modules' to the bridge): one HTTP/2 connection pool each,
/// more connections when one fills its streams, keep-alive pings so a silent peer is noticed.
/// </summary>
internal sealed class GrpcChannels
{
    public const string PlatformLink = "platform";
    public const string BridgeLink = "bridge";

    /// <summary>A platform reply with every asset of a large company stays well under this.</summary>
    private const int MaxMessageBytes = 16 * 1024 * 1024;

    public GrpcChannel Open(Uri address, string link)
    {
        ArgumentNullException.ThrowIfNull(address);
        var handler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            KeepAlivePingDelay = TimeSpan.FromSeconds(60),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
            ConnectTimeout = TimeSpan.FromSeconds(5),
        };
        return GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            HttpHandler = handler,
            DisposeHttpClient = true,
            MaxReceiveMessageSize = MaxMessageBytes,
            MaxSendMessageSize = MaxMessageBytes,
        });
    }
}
