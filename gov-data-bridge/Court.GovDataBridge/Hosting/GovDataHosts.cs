using System.Net;
using Court.GovDataBridge.Bridge;
using Court.GovDataBridge.Sandbox;
using Court.Grpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Court.GovDataBridge.Hosting;

/// <summary>
/// Starts, in this process, the sandbox platform (unless a real platform is configured) and the bridge (unless a remote
/// bridge is configured), each on its own loopback port speaking real gRPC, and records where they answer.
/// </summary>
internal sealed class GovDataHosts(
    IServiceProvider services, IOptions<BridgeOptions> bridge, IOptions<SandboxOptions> sandbox, GovDataEndpoints endpoints,
    ILoggerFactory logs, ILogger<GovDataHosts> logger) : IHostedService
{
    private readonly List<GrpcHostHandle> _hosts = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(bridge.Value.PlatformAddress))
        {
            var platform = services.GetRequiredService<SandboxPlatform>();
            var host = await StartAsync(sandbox.Value.Port, platform.Server, cancellationToken);
            endpoints.PlatformAt(host.Address);
            logger.LogInformation("Sandbox government platform (沙箱政务数据平台) at {Address}, platform key {Key}", host.Address, sandbox.Value.Key);
        }
        else
        {
            endpoints.PlatformAt(new Uri(bridge.Value.PlatformAddress));
        }

        if (string.IsNullOrWhiteSpace(bridge.Value.Address))
        {
            var host = await StartAsync(bridge.Value.Port, BridgeServer.Build(), cancellationToken);
            endpoints.BridgeAt(host.Address);
            logger.LogInformation("Government data bridge (政务数据桥接) at {Address}", host.Address);
        }
        else
        {
            endpoints.BridgeAt(new Uri(bridge.Value.Address));
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var host in Enumerable.Reverse(_hosts)) await host.DisposeAsync();
        _hosts.Clear();
    }

    private async Task<GrpcHostHandle> StartAsync(int port, GrpcServer server, CancellationToken ct)
    {
        var host = await GrpcHosting.StartAsync(new GrpcEndpoint(IPAddress.Loopback, port), server, services, logs, ct);
        _hosts.Add(host);
        return host;
    }
}
