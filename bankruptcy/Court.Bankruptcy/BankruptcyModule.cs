using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Bankruptcy;

/// <summary>The 破产协同 module's face: what the host calls to compose it. Its features arrive with their issues.</summary>
public static class BankruptcyModule
{
    public static IServiceCollection AddBankruptcy(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapBankruptcy(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api").WithGroupName("bankruptcy");
        return endpoints;
    }
}
