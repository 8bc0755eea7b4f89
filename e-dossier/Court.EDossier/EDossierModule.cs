using Court.EDossier.Blobs;
using Court.EDossier.Persistence;
using Court.Kernel.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Court.EDossier;

/// <summary>The 电子卷宗 module's face: what the host calls to compose it.</summary>
public static class EDossierModule
{
    public static IServiceCollection AddEDossier(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EDossierOptions>(configuration.GetSection(EDossierOptions.Section));
        var dataDir = DataDirOf(configuration);
        services.AddModuleDbContext<DossierDb>(DossierDb.Module);
        services.AddSingleton(new FileBlobStore(Path.Combine(dataDir, "blobs")));
        services.AddSingleton<IBlobStore>(sp => sp.GetRequiredService<FileBlobStore>());
        return services;
    }

    public static IEndpointRouteBuilder MapEDossier(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api").WithGroupName("e-dossier");
        return endpoints;
    }

    internal static string DataDirOf(IConfiguration configuration) =>
        Path.GetFullPath(configuration["Court:DataDir"] is { Length: > 0 } configured ? configured : "data");
}
