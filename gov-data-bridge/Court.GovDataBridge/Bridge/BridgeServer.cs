using Court.GovDataBridge.Bridge.Actions;
using Court.GovDataBridge.Client;
using Court.Grpc;
using Microsoft.Extensions.DependencyInjection;

namespace Court.GovDataBridge.Bridge;

/// <summary>The bridge's gRPC surface: <c>court.govdata.bridge.v1.GovDataBridge</c> and the standard health service.</summary>
internal static class BridgeServer
{
    public static GrpcServer Build()
    {
        var health = new HealthService();
        health.SetStatus(BridgeMethods.Service, global::Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving);
        return new GrpcServerBuilder()
            .AddUnary(BridgeMethods.QuerySubject, (request, call) => Resolve<BridgeQueries>(call).QuerySubjectAsync(request, call))
            .AddUnary(BridgeMethods.QueryAssets, (request, call) => Resolve<BridgeQueries>(call).QueryAssetsAsync(request, call))
            .AddServerStreaming(BridgeMethods.BatchQueryAssets, (request, stream, call) => Resolve<BatchAssetQueries>(call).RunAsync(request, stream, call))
            .AddUnary(BridgeMethods.QuerySocialSecurity, (request, call) => Resolve<BridgeQueries>(call).QuerySocialSecurityAsync(request, call))
            .AddUnary(BridgeMethods.SubmitAction, (request, call) => Resolve<BridgeActions>(call).SubmitAsync(request, call))
            .AddUnary(BridgeMethods.GetAction, (request, call) => Resolve<BridgeActions>(call).GetAsync(request, call))
            .AddHealth(health)
            .Build();
    }

    private static T Resolve<T>(ServerCallContext call) where T : notnull => call.Services.GetRequiredService<T>();
}
