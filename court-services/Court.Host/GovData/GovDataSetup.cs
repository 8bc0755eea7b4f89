using Court.Kernel.GovData;

namespace Court.Host.GovData;

internal static class GovDataSetup
{
    /// <summary>The court side of government data: the grant-signing key and the grant issuer the bridge trusts.</summary>
    public static IServiceCollection AddCourtGovDataGrants(this IServiceCollection services)
    {
        services.AddSingleton<GrantSigningKey>();
        services.AddSingleton(sp => sp.GetRequiredService<GrantSigningKey>().PublicHalf());
        services.AddScoped<IGovDataGrants, GovDataGrants>();
        return services;
    }
}
