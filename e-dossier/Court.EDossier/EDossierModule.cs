using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Court.EDossier;

/// <summary>The 电子卷宗 module's face: what the host calls to compose it. Its features arrive with their issues.</summary>
public static class EDossierModule
{
    public static IServiceCollection AddEDossier(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapEDossier(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api").WithGroupName("e-dossier");
        return endpoints;
    }
}
