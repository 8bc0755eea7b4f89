using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Court.GovDataBridge;

/// <summary>The 政务数据桥接 module's face: what the host calls to compose it. Its features arrive with their issues.</summary>
public static class GovDataBridgeModule
{
    public static IServiceCollection AddGovDataBridge(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapGovDataBridge(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api").WithGroupName("gov-data-bridge");
        return endpoints;
    }
}
