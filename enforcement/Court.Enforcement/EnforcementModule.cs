using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Enforcement;

/// <summary>The 执行 module's face: what the host calls to compose it. Its features arrive with their issues.</summary>
public static class EnforcementModule
{
    public static IServiceCollection AddEnforcement(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapEnforcement(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api").WithGroupName("enforcement");
        return endpoints;
    }
}
