using Court.Kernel.Http;

namespace Court.Host.Litigation.Service;

/// <summary>送达: the serving itself (called by filing review and the case modules), the recipient's link, 我的文书, and the postal list.</summary>
internal static class ElectronicServiceSetup
{
    public static IServiceCollection AddElectronicService(this IServiceCollection services) =>
        services.AddScoped<ElectronicServiceOfDocuments>();

    public static IEndpointRouteBuilder MapElectronicService(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenServedDocument();
        var api = endpoints.MapGroup("/api").WithGroupName("court").WithRequestValidation().RequireAuthorization();
        api.MapListMyServedDocuments();
        api.MapPostalService();
        return endpoints;
    }
}
