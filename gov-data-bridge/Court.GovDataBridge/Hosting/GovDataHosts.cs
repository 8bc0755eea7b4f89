using System.Net;
using Court.GovDataBridge.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Court.GovDataBridge.Hosting;

/// <summary>
/// Starts, in this process, the sandbox platform (unless a real platform is configured) and the bridge (unless a remote
/// bridge is configured), each on its own loopback port speaking gRPC on the standard stack, and records where they answer.
/// </summary>
internal sealed class GovDataHosts(
    IServiceProvider services, IOptions<BridgeOptions> bridge, IOptions<SandboxOptions> sandbox, GovDataEndpoints endpoints,
    ILoggerFactory logs, ILogger<GovDataHosts> logger) : IHostedService
{
    private readonly List<RunningGrpcApp> _apps = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(bridge.Value.PlatformAddress))
        {
            var platform = services.GetRequiredService<SandboxPlatform>();
            var app = Keep(await SandboxApp.StartAsync(platform, new GrpcListen(IPAddress.Loopback, sandbox.Value.Port), logs, cancellationToken));
            endpoints.PlatformAt(app.Address);
            logger.LogInformation("Sandbox government platform (沙箱政务数据平台) at {Address}, platform key {Key}", app.Address, sandbox.Value.Key);
        }
        else
        {
            endpoints.PlatformAt(new Uri(bridge.Value.PlatformAddress));
        }

        if (string.IsNullOrWhiteSpace(bridge.Value.Address))
        {
            var app = Keep(await BridgeApp.StartAsync(services, new GrpcListen(IPAddress.Loopback, bridge.Value.Port), logs, cancellationToken));
            endpoints.BridgeAt(app.Address);
            logger.LogInformation("Government data bridge (政务数据桥接) at {Address}", app.Address);
        }
        else
        {
            endpoints.BridgeAt(new Uri(bridge.Value.Address));
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var app in Enumerable.Reverse(_apps)) await app.DisposeAsync();
        _apps.Clear();
    }

    private RunningGrpcApp Keep(RunningGrpcApp app)
    {
        _apps.Add(app);
        return app;
    }
}
