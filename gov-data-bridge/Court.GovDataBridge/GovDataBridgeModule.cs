using Court.GovDataBridge.Bridge;
using Court.GovDataBridge.Bridge.Actions;
using Court.GovDataBridge.Client;
using Court.GovDataBridge.Features.Actions;
using Court.GovDataBridge.Features.Queries;
using Court.GovDataBridge.Features.Snapshots;
using Court.GovDataBridge.Hosting;
using Court.GovDataBridge.Persistence;
using Court.GovDataBridge.Platform;
using Court.GovDataBridge.Sandbox;
using Court.Kernel.GovData;
using Court.Kernel.Http;
using Court.Kernel.Jobs;
using Court.Kernel.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Court.GovDataBridge;

/// <summary>
/// The 政务数据桥接 module's face. The host supplies <see cref="IGovDataGrants"/>, the grant key and, for the sandbox,
/// the registry data; this module runs the bridge (and the sandbox platform) on their own gRPC ports and gives
/// modules <see cref="IGovDataBridgeClient"/>.
/// </summary>
public static class GovDataBridgeModule
{
    public static IServiceCollection AddGovDataBridge(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(BridgeOptions.Section);
        services.Configure<BridgeOptions>(section);
        var options = section.Get<BridgeOptions>() ?? new BridgeOptions();

        services.AddModuleDbContext<BridgeDb>(BridgeDb.Module);
        services.AddMemoryCache();
        services.AddSingleton<GovDataEndpoints>();
        services.AddSandboxPlatform(configuration);
        var dataDir = Path.GetFullPath(configuration["Court:DataDir"] is { Length: > 0 } configured ? configured : "data");
        services.PostConfigure<SandboxOptions>(sandbox =>
        {
            if (string.IsNullOrWhiteSpace(sandbox.Key)) sandbox.Key = SandboxKey.LoadOrCreateKey(dataDir);
            sandbox.LedgerFile ??= Path.Combine(dataDir, "sandbox", "actions.jsonl");
        });
        services.AddSingleton(sp => new PlatformKey(
            sp.GetRequiredService<IOptions<BridgeOptions>>().Value.PlatformKey is { Length: > 0 } key ? key : sp.GetRequiredService<IOptions<SandboxOptions>>().Value.Key!));
        services.AddSingleton<GrpcChannels>();
        services.AddSingleton<PlatformConnection>();
        services.AddSingleton<PlatformGateway>();
        services.AddSingleton<SnapshotWriter>();
        services.AddSingleton<VerifiedGrants>();
        services.AddSingleton<GrantGate>();
        services.AddScoped<BridgeQueries>();
        services.AddScoped<BatchAssetQueries>();
        services.AddScoped<BridgeActions>();
        services.AddJobHandler<SubmitActionJob>();
        services.AddJobAttempts(SubmitActionJob.JobKind, options.ActionAttempts);
        services.AddJobHandler<RequeueStrandedActions>();
        services.AddRecurringJob("govdata.action-requeue", RequeueStrandedActions.JobKind, TimeSpan.FromMinutes(1));
        services.AddSingleton<IGovDataBridgeClient, BridgeClient>();
        services.AddHostedService<GovDataHosts>();
        return services;
    }

    public static IEndpointRouteBuilder MapGovDataBridge(this IEndpointRouteBuilder endpoints)
    {
        var cases = endpoints.MapGroup("/api/cases");
        cases.WithGroupName("gov-data-bridge").RequireAuthorization().WithRequestValidation();
        cases.MapQueryGovData();
        cases.MapGovDataActions();
        cases.MapGovDataSnapshots();
        return endpoints;
    }
}
